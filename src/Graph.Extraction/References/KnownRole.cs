namespace Graph.Extraction.References;

/// <summary>A role the article states outright ("Canadian Prime Minister Justin Trudeau" → Justin Trudeau LEADS Canada), used to resolve descriptions.</summary>
public sealed record KnownRole(string Holder, string Relation, string Object);
