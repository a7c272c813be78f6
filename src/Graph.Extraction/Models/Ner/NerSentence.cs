namespace Graph.Extraction.Models.Ner;

/// <summary>A tagged training or test sentence: tokens and their tags (indices into <see cref="NerTags.Names"/>).</summary>
public sealed record NerSentence(string[] Tokens, int[] Tags);
