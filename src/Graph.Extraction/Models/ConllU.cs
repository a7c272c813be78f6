namespace Graph.Extraction.Models;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword-token lines and empty nodes are left out).</summary>
public sealed record ConllWord(string Form, string Lemma, string Upos, string Xpos, int Head, string DepRel);

/// <summary>Reads CoNLL-U treebanks (Universal Dependencies) for training and evaluation.</summary>
public static class ConllU
{
    /// <summary>The sentences of the file: words with heads counted from 1 (0 = root).</summary>
    public static List<ConllWord[]> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"treebank file not found: {path}", path);
        }

        var sentences = new List<ConllWord[]>();
        var words = new List<ConllWord>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add([.. words]);
                    words.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected 10 tab-separated columns, found {cols.Length}");
            }

            // "1-2" is a multiword token (its words follow); "8.1" is an empty node of enhanced UD.
            if (cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }

            if (!int.TryParse(cols[6], out var head))
            {
                throw new InvalidDataException($"{path}:{lineNo}: head '{cols[6]}' is not a number");
            }

            words.Add(new ConllWord(cols[1], cols[2], cols[3], cols[4], head, cols[7]));
        }

        if (words.Count > 0)
        {
            sentences.Add([.. words]);
        }

        return sentences;
    }
}
