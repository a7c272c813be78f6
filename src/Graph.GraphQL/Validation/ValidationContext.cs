using Graph.GraphQL.Execution;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected there and that position's default value.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault);

/// <summary>
/// What rules see while the document is walked: the schema, the document, the errors so far, and (like graphql-js
/// TypeInfo) the types at the current point: parent type, field, output type, input type, argument, directive.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<Node, List<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = [];
    private readonly int _maxErrors;

    internal readonly List<GraphQLType?> TypeStack = [];
    internal readonly List<NamedType?> ParentTypeStack = [];
    internal readonly List<FieldDefinition?> FieldDefStack = [];
    internal readonly List<GraphQLType?> InputTypeStack = [];
    internal readonly List<bool> DefaultValueStack = [];

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    internal bool TooManyErrors => _errors.Count >= _maxErrors;

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new TooManyErrorsException();
        }
        _errors.Add(error);
    }

    // ---- type information at the current point of the walk ----

    public GraphQLType? Type => Top(TypeStack);

    public NamedType? ParentType => Top(ParentTypeStack);

    public FieldDefinition? FieldDef => Top(FieldDefStack);

    public GraphQLType? InputType => Top(InputTypeStack);

    public GraphQLType? ParentInputType => InputTypeStack.Count > 1 ? InputTypeStack[^2] : null;

    public DirectiveDefinition? Directive { get; internal set; }

    public InputValueDefinition? Argument { get; internal set; }

    /// <summary>The node a selection set belongs to (operation, field, fragment) when the selection set is entered.</summary>
    public Node? SelectionSetOwner { get; internal set; }

    /// <summary>The node whose directives are being walked (what a directive is applied to).</summary>
    public Node? DirectiveOwner { get; internal set; }

    /// <summary>Where the directive being walked is applied.</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    /// <summary>Whether the walk is inside a directive's arguments.</summary>
    public bool InDirective { get; internal set; }

    internal bool HasDefaultValue => DefaultValueStack.Count > 0 && DefaultValueStack[^1];

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    // ---- document helpers ----

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads inside a selection set (through fields and inline fragments, not into fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var selection in toVisit.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } set }: toVisit.Push(set); break;
                    case InlineFragmentNode inline: toVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (!collected.Add(name)) continue;
                if (GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside one operation or fragment, with the type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_usages.TryGetValue(node, out var cached)) return cached;
        var collector = new VariableUsageCollector();
        var walker = new DocumentWalker(new ValidationContext(Schema, Document, int.MaxValue), [collector]);
        walker.WalkDefinition(node);
        _usages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation and by every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation)) usages.AddRange(GetVariableUsages(fragment));
        _recursiveUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector : ValidationRule
    {
        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(Node node, ValidationContext context)
        {
            if (node is VariableDefinitionNode) return false;
            if (node is VariableNode variable) Usages.Add(new VariableUsage(variable, context.InputType, context.HasDefaultValue));
            return true;
        }
    }
}

internal sealed class TooManyErrorsException : Exception;

/// <summary>A rule gave up (graphql-js reports "Validation aborted.").</summary>
internal sealed class ValidationAbortedException : Exception;
