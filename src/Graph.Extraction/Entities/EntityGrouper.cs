using Graph.Core.Names;

namespace Graph.Extraction.Entities;

/// <summary>
/// Groups the mentions of one article into entities and names each one. Named mentions join when one form is a
/// short form of another ("Putin" of "Vladimir Putin", "Duma" of "State Duma", "UCL" of "University College London");
/// a short form that fits several entities ("Bloomberg" beside "Bloomberg Opinion" and "Bloomberg LP") stays apart
/// rather than guess. Unnamed GROUP/EVENT descriptions join by their head noun ("the war", "war in Ukraine").
/// Title and pronoun mentions are not grouped here: reference resolution attaches them with
/// <see cref="DocumentEntity.WithMentions"/>.
/// </summary>
public static class EntityGrouper
{
    public static IReadOnlyList<DocumentEntity> Group(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var named = mentions.Where(m => EntityTypes.IsNamed(m.Type) && m.Kind is MentionKind.Name or MentionKind.Demonym);
        var unnamed = mentions.Where(m => !EntityTypes.IsNamed(m.Type) && m.Kind is MentionKind.Name or MentionKind.Nominal);
        return NamedClusters.Build(named.ToList())
            .Concat(NominalClusters.Build(unnamed.ToList()))
            .OrderBy(e => e.Mentions[0].SentenceIndex).ThenBy(e => e.Mentions[0].StartToken)
            .ToList();
    }

    /// <summary>Mentions of one form (same <see cref="NameKey"/>, or the same referent).</summary>
    private sealed class Form(string key, List<Mention> mentions)
    {
        public string Key { get; } = key;

        public List<Mention> Mentions { get; } = mentions;

        public string[] Words { get; } = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The type most of its mentions were given (summed confidence); ties go to the earliest.</summary>
        /// <remarks>Worked out once: grouping asks it for every pair of form and cluster, and the mentions never change.</remarks>
        public string Type => type ??= Mentions.GroupBy(m => m.Type)
            .OrderByDescending(g => g.Sum(m => m.Confidence))
            .ThenBy(g => Mentions.IndexOf(g.First()))
            .First().Key;

        private string? type;

        /// <summary>The letters of the first mention ("U.N." → "UN"): what an acronym is compared by; worked out once.</summary>
        public string Letters => letters ??= string.Concat(Mentions[0].Text.Where(char.IsLetter));

        private string? letters;

        /// <summary>How the form is best written: its commonest plain spelling, else the lexicon's referent.</summary>
        public string Display
        {
            get
            {
                var plain = Mentions.Where(m => m.Kind == MentionKind.Name && m.Referent is null).ToList();
                if (plain.Count > 0)
                {
                    return StripArticle(plain.GroupBy(m => m.Text).OrderByDescending(g => g.Count()).First().Key);
                }

                return Mentions.Select(m => m.Referent).FirstOrDefault(r => r is not null) ?? StripArticle(Mentions[0].Text);
            }
        }

        public int FirstPosition => Mentions.Min(m => (m.SentenceIndex * 10_000) + m.StartToken);
    }

    private sealed class Cluster(Form head)
    {
        public Form Head { get; } = head;

        public List<Form> Forms { get; } = [head];

        public string Type { get; } = head.Type;

        public DocumentEntity ToEntity()
        {
            var mentions = Forms.SelectMany(f => f.Mentions)
                .OrderBy(m => m.SentenceIndex).ThenBy(m => m.StartToken).ToList();
            var name = Head.Display;
            return new DocumentEntity(name, Type, DocumentEntity.AliasesOf(name, mentions), mentions);
        }
    }

    private static class NamedClusters
    {
        public static IEnumerable<DocumentEntity> Build(List<Mention> mentions)
        {
            var forms = mentions
                .GroupBy(m => NameKey.Of(m.Referent ?? m.Text))
                .Where(g => g.Key.Length > 0)
                .Select(g => new Form(g.Key, g.ToList()))
                .OrderByDescending(f => f.Words.Length).ThenByDescending(f => f.Key.Length).ThenBy(f => f.FirstPosition)
                .ToList();
            var clusters = new List<Cluster>();
            foreach (var form in forms)
            {
                var fits = clusters.Where(c => Fits(form, c)).ToList();
                if (fits.Count == 1)
                {
                    fits[0].Forms.Add(form);
                }
                else
                {
                    clusters.Add(new Cluster(form));
                }
            }

            return clusters.Select(c => c.ToEntity());
        }

        /// <summary>Whether <paramref name="form"/> is a short form of the cluster's full name.</summary>
        private static bool Fits(Form form, Cluster cluster)
        {
            var full = cluster.Head.Words;
            if (form.Words.Length >= full.Length)
            {
                return false;
            }

            if (IsAcronymOf(form, full))
            {
                return true;
            }

            var sameType = form.Type == cluster.Type;
            return cluster.Type switch
            {
                // A surname or given name alone; the recognizer often mistypes a lone surname, so type may differ.
                EntityTypes.Person => (sameType || form.Type != EntityTypes.Location || form.Words.Length == 1)
                    && form.Mentions.All(m => m.Kind == MentionKind.Name)
                    && (StartsWith(full, form.Words) || EndsWith(full, form.Words)),
                // "Wagner" of "Wagner Group", "Duma" of "State Duma", "Communist Party" of "Communist Party of …".
                EntityTypes.Organization => sameType && ContainsRun(full, form.Words) && form.Words.Any(w => !OrganizationWords.IsGeneric(w)),
                // Places join only on the same key or an acronym: "Delhi" is not "New Delhi"'s short form in general.
                _ => false,
            };
        }

        private static bool IsAcronymOf(Form form, string[] full)
        {
            if (form.Words.Length != 1)
            {
                return false;
            }

            var letters = form.Letters;
            if (letters.Length < 2 || !letters.All(char.IsUpper))
            {
                return false;
            }

            var initials = string.Concat(full.Where(w => !IsFunctionWord(w)).Select(w => char.ToUpperInvariant(w[0])));
            return initials == letters;
        }

        private static bool IsFunctionWord(string word) => word is "of" or "the" or "and" or "for" or "de" or "du" or "la" or "der";

        private static bool StartsWith(string[] full, string[] part) => full.AsSpan().StartsWith(part);

        private static bool EndsWith(string[] full, string[] part) => full.AsSpan().EndsWith(part);

        private static bool ContainsRun(string[] full, string[] part)
        {
            for (var i = 0; i + part.Length <= full.Length; i++)
            {
                if (full.AsSpan(i, part.Length).SequenceEqual(part))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static class NominalClusters
    {
        public static IEnumerable<DocumentEntity> Build(List<Mention> mentions)
        {
            return mentions
                .GroupBy(m => (m.Type, Head: HeadKey(m.Text)))
                .Where(g => g.Key.Head.Length > 0)
                .Select(g =>
                {
                    var list = g.OrderBy(m => m.SentenceIndex).ThenBy(m => m.StartToken).ToList();
                    var name = CanonicalDescription(list);
                    return new DocumentEntity(name, g.Key.Type, DocumentEntity.AliasesOf(name, list), list);
                });
        }

        /// <summary>The fullest description that is still short: the longest form of at most five words, article dropped.</summary>
        private static string CanonicalDescription(List<Mention> mentions) =>
            mentions.Select(m => StripDeterminer(m.Text))
                .OrderByDescending(t => WordCount(t) <= 5 ? WordCount(t) : 0)
                .ThenByDescending(t => mentions.Count(m => StripDeterminer(m.Text) == t))
                .First();

        /// <summary>
        /// The head noun of a description, spelling-normalised: the last word before a preposition
        /// ("war" of "the war in Ukraine"), British -isation as -ization, hyphens dropped ("counteroffensive").
        /// </summary>
        public static string HeadKey(string text)
        {
            var words = NameKey.Of(text.Replace("-", string.Empty, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = Array.FindIndex(words, w => w is "of" or "in" or "on" or "against" or "with" or "between" or "over" or "for");
            var head = end switch
            {
                0 => string.Empty,
                > 0 => words[end - 1],
                _ => words.Length > 0 ? words[^1] : string.Empty,
            };
            return head.Replace("isation", "ization", StringComparison.Ordinal);
        }

        private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static readonly string[] Determiners = ["the ", "a ", "an ", "his ", "her ", "its ", "their ", "this ", "that ", "these ", "those "];

    private static string StripArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    private static string StripDeterminer(string text)
    {
        foreach (var determiner in Determiners)
        {
            if (text.StartsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return text[determiner.Length..];
            }
        }

        return text;
    }
}
