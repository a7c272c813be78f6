namespace Graph.Core.Ontology;

/// <summary>The line-by-line state machine behind <see cref="OntologyLoader"/>.</summary>
internal sealed class OntologyParser(string file)
{
    private readonly List<EntityTypeDefinition> entities = [];
    private readonly List<RelationTypeDefinition> relations = [];
    private readonly Dictionary<string, int> declaredAt = new(StringComparer.Ordinal);
    private readonly List<(int Line, string Relation, string EntityType)> endTypesToCheck = [];
    private Section? current;

    public void Line(int number, string raw)
    {
        var line = raw.Trim();
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return;
        }

        if (line.StartsWith('['))
        {
            Close();
            current = OpenSection(number, line);
            return;
        }

        var eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw Error(number, $"expected 'key = value' or a [section], found '{line}'");
        }

        if (current is null)
        {
            throw Error(number, "a 'key = value' line before any [entity …] or [relation …] section");
        }

        var key = line[..eq].Trim();
        var value = line[(eq + 1)..].Trim();
        if (!current.Keys.Add(key))
        {
            throw Error(number, $"'{key}' is set twice in [{current.Kind} {current.Name}]");
        }

        if (current.Kind == "entity")
        {
            EntityKey(number, key, value);
        }
        else
        {
            RelationKey(number, key, value);
        }
    }

    public GraphOntology Finish()
    {
        Close();
        if (entities.Count == 0)
        {
            throw Error(0, "the ontology declares no entity types");
        }

        var entityNames = entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (line, relation, entityType) in endTypesToCheck)
        {
            if (!entityNames.Contains(entityType))
            {
                throw Error(line, $"relation {relation} names entity type '{entityType}', which the ontology does not declare");
            }
        }

        return new GraphOntology(entities, relations);
    }

    private Section OpenSection(int number, string line)
    {
        if (!line.EndsWith(']'))
        {
            throw Error(number, $"a section header must end with ']': '{line}'");
        }

        var parts = line[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || (parts[0] != "entity" && parts[0] != "relation"))
        {
            throw Error(number, $"a section is '[entity NAME]' or '[relation NAME]', found '{line}'");
        }

        var name = parts[1];
        if (!IsTypeName(name))
        {
            throw Error(number, $"type name '{name}' must be upper-case letters, digits and '_', starting with a letter (Neo4j labels and relationship types are made from it)");
        }

        if (declaredAt.TryGetValue(name, out var earlier))
        {
            throw Error(number, $"'{name}' is already declared at line {earlier}");
        }

        declaredAt[name] = number;
        return new Section(parts[0], name, number);
    }

    private void EntityKey(int number, string key, string value)
    {
        switch (key)
        {
            case "description":
                current!.Description = value;
                break;
            case "named":
                current!.Named = Bool(number, key, value);
                break;
            default:
                throw Error(number, $"unknown key '{key}' in [entity {current!.Name}] (known: description, named)");
        }
    }

    private void RelationKey(int number, string key, string value)
    {
        var section = current!;
        switch (key)
        {
            case "description":
                section.Description = value;
                break;
            case "cameo":
                if (value != "-" && !(value.Length is >= 2 and <= 4 && value.All(char.IsAsciiDigit)))
                {
                    throw Error(number, $"cameo must be a CAMEO code of 2 to 4 digits, or '-' for none; found '{value}'");
                }

                section.Cameo = value == "-" ? null : value;
                break;
            case "symmetric":
                section.Symmetric = Bool(number, key, value);
                break;
            case "subjects":
            case "objects":
                var types = List(number, key, value);
                foreach (var type in types)
                {
                    endTypesToCheck.Add((number, section.Name, type));
                }

                (key == "subjects" ? section.SubjectTypes : section.ObjectTypes).UnionWith(types);
                break;
            default:
                if (!OntologyLoader.SignalKinds.Contains(key))
                {
                    throw Error(number, $"unknown key '{key}' in [relation {section.Name}] (known: description, cameo, symmetric, subjects, objects, {string.Join(", ", OntologyLoader.SignalKinds)})");
                }

                section.Signals[key] = List(number, key, value);
                break;
        }
    }

    private void Close()
    {
        if (current is null)
        {
            return;
        }

        if (current.Kind == "entity")
        {
            entities.Add(new EntityTypeDefinition(current.Name, current.Description, current.Named));
        }
        else
        {
            if (!current.Keys.Contains("cameo"))
            {
                throw Error(current.Line, $"[relation {current.Name}] has no 'cameo' line (use 'cameo = -' where CAMEO has no code)");
            }

            relations.Add(new RelationTypeDefinition(
                current.Name,
                current.Cameo,
                current.Symmetric,
                current.Description,
                current.SubjectTypes,
                current.ObjectTypes,
                current.Signals));
        }

        current = null;
    }

    private List<string> List(int number, string key, string value)
    {
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(item => item.Length == 0))
        {
            throw Error(number, $"'{key}' has an empty item (two commas in a row, or a comma at an end)");
        }

        return [.. items];
    }

    private bool Bool(int number, string key, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw Error(number, $"'{key}' must be true or false, found '{value}'"),
    };

    private static bool IsTypeName(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private OntologyException Error(int line, string problem) => new(file, line, problem);

    private sealed class Section(string kind, string name, int line)
    {
        public string Kind { get; } = kind;

        public string Name { get; } = name;

        public int Line { get; } = line;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public string Description { get; set; } = string.Empty;

        public bool Named { get; set; }

        public string? Cameo { get; set; }

        public bool Symmetric { get; set; }

        public HashSet<string> SubjectTypes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> ObjectTypes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<string>> Signals { get; } = new(StringComparer.Ordinal);
    }
}
