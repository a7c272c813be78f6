using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tagging;

/// <summary>
/// Lemmatiser learnt from a treebank's lemma column: suffix rules per XPOS tag ("-ized"/VBD →
/// drop "d") for any word, and an exceptions table for the (form, XPOS) pairs the rules get wrong
/// (irregular verbs such as "sought" → "seek", "met" → "meet"). Read-only after loading.
/// </summary>
public sealed class Lemmatizer
{
    internal const string Kind = "lemmatizer";
    internal const int Version = 1;
    internal const int MaxSuffix = 6;

    private readonly Dictionary<string, LemmaRule> exceptions; // "form\txpos"
    private readonly Dictionary<string, LemmaRule> suffixRules; // "xpos\tsuffix" (suffix lower-cased)

    // The same tables looked up by a key built in a stack buffer: no string is made per token.
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> exceptionsBySpan;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> suffixRulesBySpan;

    internal Lemmatizer(Dictionary<string, LemmaRule> exceptions, Dictionary<string, LemmaRule> suffixRules, IReadOnlyDictionary<string, string> metadata)
    {
        this.exceptions = Ordinal(exceptions);
        this.suffixRules = Ordinal(suffixRules);
        exceptionsBySpan = this.exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        suffixRulesBySpan = this.suffixRules.GetAlternateLookup<ReadOnlySpan<char>>();
        Metadata = metadata;
    }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int ExceptionCount => exceptions.Count;

    public int SuffixRuleCount => suffixRules.Count;

    /// <summary>Most lemmas a thread has worked out are kept; past this many the memory starts afresh.</summary>
    private const int MaxRemembered = 50_000;

    // Per thread, the lemmas already worked out, by (XPOS, UPOS) and then form: news repeats its words, and a
    // remembered lemma costs one look-up where working it out costs up to eight. The lemma is a function of the
    // three strings alone, so remembering changes no output.
    private readonly ThreadLocal<Remembered> remembered = new(() => new Remembered());

    private sealed class Remembered
    {
        public Dictionary<(string Xpos, string Upos), Dictionary<string, string>> ByTags { get; } = [];

        public int Count { get; set; }
    }

    /// <summary>Sets <see cref="Token.Lemma"/> of tagged tokens.</summary>
    public void Lemmatize(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var memory = remembered.Value!;
        foreach (var t in tokens)
        {
            var xpos = t.Xpos ?? t.Upos;
            if (!memory.ByTags.TryGetValue((xpos, t.Upos), out var byForm))
            {
                memory.ByTags[(xpos, t.Upos)] = byForm = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            if (!byForm.TryGetValue(t.Text, out var lemma))
            {
                lemma = Lemma(t.Text, xpos, t.Upos);
                if (memory.Count >= MaxRemembered)
                {
                    memory.ByTags.Clear();
                    memory.Count = 0;
                    memory.ByTags[(xpos, t.Upos)] = byForm = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                byForm[t.Text] = lemma;
                memory.Count++;
            }

            t.Lemma = lemma;
        }
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (and <paramref name="upos"/>).</summary>
    public string Lemma(string form, string xpos, string upos)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Length == 0)
        {
            return form;
        }

        if (TryGet(exceptionsBySpan, form, xpos, out var rule) && rule.AppliesTo(form))
        {
            return rule.Apply(form);
        }

        // Numbers ("1.13bn", "639m", "2,000") are their own lemma: suffix rules learnt from words would mangle them.
        if (form.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return form;
        }

        var lowerForm = form.ToLowerInvariant();
        if (!ReferenceEquals(lowerForm, form) && lowerForm != form && TryGet(exceptionsBySpan, lowerForm, xpos, out rule) && rule.AppliesTo(form))
        {
            return rule.Apply(form); // "Sought" at a sentence start is lemmatised like "sought"
        }

        return ByRules(form, lowerForm, xpos, upos);
    }

    internal string ByRules(string form, string lowerForm, string xpos, string upos)
    {
        for (var len = Math.Min(MaxSuffix, lowerForm.Length); len >= 1; len--)
        {
            if (TryGet(suffixRulesBySpan, xpos, lowerForm.AsSpan(lowerForm.Length - len), out var rule) && rule.AppliesTo(form))
            {
                return rule.Apply(form);
            }
        }

        return upos == "PROPN" ? form : lowerForm;
    }

    private static Dictionary<string, LemmaRule> Ordinal(Dictionary<string, LemmaRule> table) =>
        ReferenceEquals(table.Comparer, StringComparer.Ordinal) ? table : new Dictionary<string, LemmaRule>(table, StringComparer.Ordinal);

    /// <summary>Looks up the key "<paramref name="first"/>\t<paramref name="second"/>" without building it as a string.</summary>
    private static bool TryGet(
        Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> first, ReadOnlySpan<char> second, out LemmaRule rule)
    {
        var length = first.Length + 1 + second.Length;
        Span<char> key = length <= 128 ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = '\t';
        second.CopyTo(key[(first.Length + 1)..]);
        return table.TryGetValue(key, out rule);
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, Version, Metadata, w =>
    {
        WriteTable(w, exceptions);
        WriteTable(w, suffixRules);
    });

    public static Lemmatizer Load(Stream stream)
    {
        var (exceptions, rules) = ModelFile.Read(stream, Kind, Version, r => (ReadTable(r), ReadTable(r)), out var metadata);
        return new Lemmatizer(exceptions, rules, metadata);
    }

    private static void WriteTable(BinaryWriter w, Dictionary<string, LemmaRule> table)
    {
        w.Write(table.Count);
        foreach (var (key, rule) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(rule.Lower);
            w.Write7BitEncodedInt(rule.Strip);
            w.Write(rule.Append);
        }
    }

    private static Dictionary<string, LemmaRule> ReadTable(BinaryReader r)
    {
        var n = r.ReadInt32();
        var table = new Dictionary<string, LemmaRule>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var key = r.ReadString();
            table[key] = new LemmaRule(r.ReadBoolean(), r.Read7BitEncodedInt(), r.ReadString());
        }

        return table;
    }
}
