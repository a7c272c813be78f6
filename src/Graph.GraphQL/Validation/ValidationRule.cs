using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor over the document, called as the walker enters and leaves each node with the
/// type information of that point available from the <see cref="ValidationContext"/>. A fresh instance per validation.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Called on entering a node; returning false skips the node's children for this rule only.</summary>
    public virtual bool Enter(Node node, ValidationContext context) => true;

    public virtual void Leave(Node node, ValidationContext context) { }
}
