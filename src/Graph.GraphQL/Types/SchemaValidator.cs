namespace Graph.GraphQL.Types;

/// <summary>The type-system validation rules of spec §3 (as graphql-js validateSchema checks them), run when a schema is built.</summary>
internal static class SchemaValidator
{
    public static void Validate(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d)))
        {
            CheckName(directive.Name, errors);
            if (directive.Locations.Count == 0) errors.Add($"Directive @{directive.Name} must include one or more locations.");
            CheckArguments($"@{directive.Name}", directive.Arguments, errors);
        }
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) && schema.Introspection.IsIntrospectionType(type)) continue;
            CheckName(type.Name, errors);
            switch (type)
            {
                case FieldsType fields:
                    CheckFields(fields, errors);
                    CheckInterfaces(schema, fields, errors);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0) errors.Add($"Union type {union.Name} must define one or more member types.");
                    foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                    {
                        errors.Add($"Union type {union.Name} can only include type {duplicate.Key} once.");
                    }
                    break;
                case EnumType e:
                    if (e.Values.Count == 0) errors.Add($"Enum type {e.Name} must define one or more values.");
                    foreach (var value in e.Values)
                    {
                        CheckName(value.Name, errors);
                        if (value.Name is "true" or "false" or "null") errors.Add($"Enum type {e.Name} cannot include value: {value.Name}.");
                    }
                    break;
                case InputObjectType input:
                    if (!input.Fields.Any()) errors.Add($"Input Object type {input.Name} must define one or more fields.");
                    foreach (var field in input.Fields)
                    {
                        CheckName(field.Name, errors);
                        if (!field.Type.IsInputType) errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
                        if (field.Type is NonNullType && !field.HasDefault && field.IsDeprecated)
                        {
                            errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
                        }
                    }
                    CheckInputCycles(input, input, [], [], errors);
                    break;
            }
        }
    }

    private static void CheckName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            errors.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static void CheckArguments(string owner, IReadOnlyList<InputValueDefinition> arguments, List<string> errors)
    {
        foreach (var argument in arguments)
        {
            CheckName(argument.Name, errors);
            if (!argument.Type.IsInputType) errors.Add($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            if (argument.Type is NonNullType && !argument.HasDefault && argument.IsDeprecated)
            {
                errors.Add($"Required argument {owner}({argument.Name}:) cannot be deprecated.");
            }
        }
        foreach (var duplicate in arguments.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Argument {owner}({duplicate.Key}:) can only be defined once.");
        }
    }

    private static void CheckFields(FieldsType type, List<string> errors)
    {
        if (!type.Fields.Any()) errors.Add($"Type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields)
        {
            CheckName(field.Name, errors);
            if (!field.Type.IsOutputType) errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            CheckArguments($"{type.Name}.{field.Name}", field.Arguments, errors);
        }
    }

    private static void CheckInterfaces(Schema schema, FieldsType type, List<string> errors)
    {
        var seen = new HashSet<string>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
            foreach (var ifaceField in iface.Fields)
            {
                var field = type.GetField(ifaceField.Name);
                if (field is null)
                {
                    errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                    continue;
                }
                if (!schema.IsTypeSubTypeOf(field.Type, ifaceField.Type))
                {
                    errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
                }
                foreach (var ifaceArg in ifaceField.Arguments)
                {
                    var arg = field.GetArgument(ifaceArg.Name);
                    if (arg is null)
                    {
                        errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                    }
                    else if (!TypeRefs.AreEqual(arg.Type, ifaceArg.Type))
                    {
                        errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{field.Name}({arg.Name}:) is type {arg.Type}.");
                    }
                }
                foreach (var arg in field.Arguments)
                {
                    if (ifaceField.GetArgument(arg.Name) is null && arg.Type is NonNullType && !arg.HasDefault)
                    {
                        errors.Add($"Object field {type.Name}.{field.Name} includes required argument {arg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
                    }
                }
            }
        }
    }

    private static void CheckInputCycles(InputObjectType root, InputObjectType type, HashSet<InputObjectType> visiting, List<string> path, List<string> errors)
    {
        if (!visiting.Add(type)) return;
        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType { OfType: InputObjectType target })
            {
                path.Add(field.Name);
                if (ReferenceEquals(target, root))
                {
                    errors.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join('.', path)}\".");
                }
                else if (!visiting.Contains(target))
                {
                    CheckInputCycles(root, target, visiting, path, errors);
                }
                path.RemoveAt(path.Count - 1);
            }
        }
        visiting.Remove(type);
    }
}
