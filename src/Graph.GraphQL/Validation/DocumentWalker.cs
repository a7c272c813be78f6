using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Walks a document in graphql-js's visiting order, keeping the context's type information current (as graphql-js
/// TypeInfo does) and calling every rule on each node, like visitInParallel: a rule that declines a node's children
/// skips them while the other rules carry on.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationContext _context;
    private readonly ValidationRule[] _rules;
    private readonly Node?[] _skipping;

    public DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _rules = [.. rules];
        _skipping = new Node?[_rules.Length];
    }

    public void WalkDocument(DocumentNode document)
    {
        Enter(document);
        foreach (var definition in document.Definitions) WalkDefinition(definition);
        Leave(document);
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        var schema = _context.Schema;
        switch (definition)
        {
            case OperationDefinitionNode operation:
                _context.TypeStack.Add(schema.GetRootType(operation.Operation));
                Enter(operation);
                foreach (var variable in operation.VariableDefinitions) WalkVariableDefinition(variable);
                WalkDirectives(operation, operation.Directives);
                WalkSelectionSet(operation, operation.SelectionSet);
                Leave(operation);
                Pop(_context.TypeStack);
                break;
            case FragmentDefinitionNode fragment:
                _context.TypeStack.Add(OutputType(TypeRefs.TryResolve(fragment.TypeCondition, schema.GetType)));
                Enter(fragment);
                WalkType(fragment.TypeCondition);
                WalkDirectives(fragment, fragment.Directives);
                WalkSelectionSet(fragment, fragment.SelectionSet);
                Leave(fragment);
                Pop(_context.TypeStack);
                break;
            case TypeSystemDefinitionNode typeSystem:
                Enter(typeSystem);
                WalkTypeSystemDefinition(typeSystem);
                Leave(typeSystem);
                break;
        }
    }

    /// <summary>
    /// SDL inside a request is invalid (ExecutableDefinitions says so), but graphql-js still walks it, so its directives
    /// and type names are checked too; the same is done here.
    /// </summary>
    private void WalkTypeSystemDefinition(TypeSystemDefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema, schema.Directives, DirectiveLocation.Schema);
                foreach (var (_, type) in schema.OperationTypes) WalkType(type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkDirectives(scalar, scalar.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode obj:
                foreach (var iface in obj.Interfaces) WalkType(iface);
                WalkDirectives(obj, obj.Directives, obj.IsInterface ? DirectiveLocation.Interface : DirectiveLocation.Object);
                foreach (var field in obj.Fields)
                {
                    Enter(field);
                    foreach (var argument in field.Arguments) WalkInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                    WalkType(field.Type);
                    WalkDirectives(field, field.Directives, DirectiveLocation.FieldDefinition);
                    Leave(field);
                }
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union, union.Directives, DirectiveLocation.Union);
                foreach (var member in union.Types) WalkType(member);
                break;
            case EnumTypeDefinitionNode e:
                WalkDirectives(e, e.Directives, DirectiveLocation.Enum);
                foreach (var value in e.Values)
                {
                    Enter(value);
                    WalkDirectives(value, value.Directives, DirectiveLocation.EnumValue);
                    Leave(value);
                }
                break;
            case InputObjectTypeDefinitionNode input:
                WalkDirectives(input, input.Directives, DirectiveLocation.InputObject);
                foreach (var field in input.Fields) WalkInputValueDefinition(field, DirectiveLocation.InputFieldDefinition);
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments) WalkInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                break;
        }
    }

    private void WalkInputValueDefinition(InputValueDefinitionNode value, DirectiveLocation location)
    {
        Enter(value);
        WalkType(value.Type);
        if (value.DefaultValue is not null) WalkValue(value.DefaultValue);
        WalkDirectives(value, value.Directives, location);
        Leave(value);
    }

    private static GraphQLType? OutputType(GraphQLType? type) => type is { IsOutputType: true } ? type : null;

    private static GraphQLType? InputType(GraphQLType? type) => type is { IsInputType: true } ? type : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private void WalkVariableDefinition(VariableDefinitionNode definition)
    {
        _context.InputTypeStack.Add(InputType(TypeRefs.TryResolve(definition.Type, _context.Schema.GetType)));
        Enter(definition);
        if (!Skipped(definition))
        {
            Enter(definition.Variable);
            Leave(definition.Variable);
            WalkType(definition.Type);
            if (definition.DefaultValue is not null) WalkValue(definition.DefaultValue);
            WalkDirectives(definition, definition.Directives);
        }
        Leave(definition);
        Pop(_context.InputTypeStack);
    }

    private void WalkType(TypeNode type)
    {
        Enter(type);
        switch (type)
        {
            case ListTypeNode list: WalkType(list.Type); break;
            case NonNullTypeNode nonNull: WalkType(nonNull.Type); break;
        }
        Leave(type);
    }

    private void WalkSelectionSet(Node owner, SelectionSetNode selectionSet)
    {
        var named = _context.Type?.Named;
        _context.ParentTypeStack.Add(named is { IsComposite: true } ? named : null);
        _context.SelectionSetOwner = owner;
        Enter(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field: WalkField(field); break;
                case FragmentSpreadNode spread:
                    Enter(spread);
                    WalkDirectives(spread, spread.Directives);
                    Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is null
                        ? _context.Type?.Named
                        : TypeRefs.TryResolve(inline.TypeCondition, _context.Schema.GetType);
                    _context.TypeStack.Add(OutputType(conditionType));
                    Enter(inline);
                    if (inline.TypeCondition is not null) WalkType(inline.TypeCondition);
                    WalkDirectives(inline, inline.Directives);
                    WalkSelectionSet(inline, inline.SelectionSet);
                    Leave(inline);
                    Pop(_context.TypeStack);
                    break;
            }
        }
        Leave(selectionSet);
        Pop(_context.ParentTypeStack);
    }

    private void WalkField(FieldNode field)
    {
        var parent = _context.ParentType;
        var definition = parent is null ? null : _context.Schema.GetField(parent, field.Name.Value);
        _context.FieldDefStack.Add(definition);
        _context.TypeStack.Add(OutputType(definition?.Type));
        Enter(field);
        foreach (var argument in field.Arguments) WalkArgument(argument);
        WalkDirectives(field, field.Directives);
        if (field.SelectionSet is not null) WalkSelectionSet(field, field.SelectionSet);
        Leave(field);
        Pop(_context.TypeStack);
        Pop(_context.FieldDefStack);
    }

    private void WalkDirectives(Node owner, IReadOnlyList<DirectiveNode> directives, DirectiveLocation? location = null)
    {
        foreach (var directive in directives)
        {
            _context.DirectiveOwner = owner;
            _context.DirectiveLocation = location ?? owner switch
            {
                OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
                OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
                OperationDefinitionNode => DirectiveLocation.Subscription,
                FieldNode => DirectiveLocation.Field,
                FragmentSpreadNode => DirectiveLocation.FragmentSpread,
                InlineFragmentNode => DirectiveLocation.InlineFragment,
                FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
                _ => DirectiveLocation.VariableDefinition,
            };
            _context.Directive = _context.Schema.GetDirective(directive.Name.Value);
            _context.InDirective = true;
            Enter(directive);
            foreach (var argument in directive.Arguments) WalkArgument(argument);
            Leave(directive);
            _context.InDirective = false;
            _context.Directive = null;
        }
    }

    private void WalkArgument(ArgumentNode argument)
    {
        var definition = _context.InDirective ? _context.Directive?.GetArgument(argument.Name.Value) : _context.FieldDef?.GetArgument(argument.Name.Value);
        _context.Argument = definition;
        _context.DefaultValueStack.Add(definition?.HasDefault == true);
        _context.InputTypeStack.Add(InputType(definition?.Type));
        Enter(argument);
        WalkValue(argument.Value);
        Leave(argument);
        Pop(_context.InputTypeStack);
        Pop(_context.DefaultValueStack);
        _context.Argument = null;
    }

    private void WalkValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                var listType = _context.InputType?.Nullable;
                var itemType = listType is ListType l ? l.OfType : listType;
                _context.DefaultValueStack.Add(false);
                _context.InputTypeStack.Add(InputType(itemType));
                Enter(list);
                foreach (var item in list.Values) WalkValue(item);
                Leave(list);
                Pop(_context.InputTypeStack);
                Pop(_context.DefaultValueStack);
                break;
            case ObjectValueNode obj:
                Enter(obj);
                foreach (var field in obj.Fields)
                {
                    var inputField = (_context.InputType?.Named as InputObjectType)?.GetField(field.Name.Value);
                    _context.DefaultValueStack.Add(inputField?.HasDefault == true);
                    _context.InputTypeStack.Add(InputType(inputField?.Type));
                    Enter(field);
                    WalkValue(field.Value);
                    Leave(field);
                    Pop(_context.InputTypeStack);
                    Pop(_context.DefaultValueStack);
                }
                Leave(obj);
                break;
            default:
                Enter(value);
                Leave(value);
                break;
        }
    }

    /// <summary>Whether every rule is skipping the node's children (then there is no need to walk them).</summary>
    private bool Skipped(Node node) => Array.TrueForAll(_skipping, s => s is not null);

    private void Enter(Node node)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_skipping[i] is null && !_rules[i].Enter(node, _context)) _skipping[i] = node;
        }
    }

    private void Leave(Node node)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_skipping[i] is null) _rules[i].Leave(node, _context);
            else if (ReferenceEquals(_skipping[i], node)) _skipping[i] = null;
        }
    }
}
