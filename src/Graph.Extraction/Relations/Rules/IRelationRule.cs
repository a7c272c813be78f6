namespace Graph.Extraction.Relations.Rules;

/// <summary>One family of constructions (verbs, nominalisations, titles, …) read off a parsed sentence.</summary>
internal interface IRelationRule
{
    void Apply(RuleContext context);
}
