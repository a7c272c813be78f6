namespace Graph.Extraction.References;

/// <summary>A role the article states outright ("Chinese President Xi Jinping" → Xi Jinping LEADS China), used to resolve descriptions.</summary>
public sealed record KnownRole(string Holder, string Relation, string Object);
