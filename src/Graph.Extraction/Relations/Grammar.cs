namespace Graph.Extraction.Relations;

/// <summary>
/// The closed-class words of English grammar the rules need: they say nothing about which relation a
/// sentence expresses (that is the ontology's job), only whether and how it asserts one.
/// </summary>
internal static class Grammar
{
    /// <summary>Negators: "did not meet", "never met", "no meeting".</summary>
    public static readonly IReadOnlySet<string> Negators = Set("not", "n't", "never", "no", "neither", "nor", "without");

    /// <summary>Modal and future auxiliaries: what follows them is a possibility, an obligation or a plan, not a fact.</summary>
    public static readonly IReadOnlySet<string> Modals = Set("might", "could", "would", "may", "can", "will", "shall", "should", "must", "ca", "wo", "'ll", "'d");

    /// <summary>Subordinators of conditions and open questions.</summary>
    public static readonly IReadOnlySet<string> Conditionals = Set("if", "unless", "whether", "lest");

    /// <summary>
    /// Verbs of hypothesis, wish and intention: a clause under them is not reported as having happened
    /// ("they argue that X could win", "he wants to meet Y", "plans to visit").
    /// </summary>
    public static readonly IReadOnlySet<string> Hypothetical = Set(
        "argue", "speculate", "hypothesize", "hypothesise", "imagine", "suppose", "wonder", "wish", "hope",
        "want", "plan", "intend", "expect", "aim", "try", "attempt", "consider", "threaten", "prepare", "fear");

    /// <summary>Light verbs: their object noun carries the relation ("issued a warning to", "held a meeting with").</summary>
    public static readonly IReadOnlySet<string> LightVerbs = Set(
        "issue", "make", "give", "hold", "have", "deliver", "express", "voice", "post", "publish", "lodge", "file",
        "extend", "send", "pay", "conduct", "stage", "carry", "take", "launch", "announce", "level",
        "lead", "host", "sign", "reach", "strike", "seal", "offer", "provide", "pledge", "receive", "get",
        "agree", "enter", "engage", "complete", "finalise", "finalize", "resume", "begin", "start", "open");

    /// <summary>Prepositions by which a light verb takes its noun as an oblique: "agreed to a merger", "entered into talks".</summary>
    public static readonly IReadOnlySet<string> LightVerbPrepositions = Set("to", "into", "in", "on");

    /// <summary>Relative pronouns: they stand for the noun their clause modifies.</summary>
    public static readonly IReadOnlySet<string> RelativePronouns = Set("who", "whom", "whose", "which", "that");

    /// <summary>Prepositions that may end a multi-word signal ("hold talks with", "call for").</summary>
    public static readonly IReadOnlySet<string> Prepositions = Set(
        "with", "for", "on", "to", "from", "at", "of", "against", "in", "over", "into", "about", "between", "by",
        "up", "out", "off", "down", "upon", "toward", "towards", "behind", "among");

    /// <summary>Articles and possessive determiners dropped inside multi-word signals ("sign a deal with").</summary>
    public static readonly IReadOnlySet<string> Determiners = Set("a", "an", "the", "his", "her", "its", "their");

    /// <summary>The agent marker of a passive: "was blocked by China".</summary>
    public const string Agent = "by";

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
