using System.Globalization;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;

namespace Graph.Bench.Extraction;

/// <summary>
/// Everything the pipeline says about a sample of articles, as text: each token's tags, lemma, head, relation and
/// entity tag, each entity with its mentions, each relation fact, and the GUIDELINES jsonl <c>graph extract</c>
/// prints. A speed-up must leave this file byte for byte the same: run <c>--dump</c> before and after, then <c>cmp</c>.
/// </summary>
internal static class OutputDump
{
    /// <summary>The seed articles, then every <paramref name="every"/>-th corpus article (a spread over all categories).</summary>
    public static IReadOnlyList<string> SamplePaths(string corpusFolder, int every)
    {
        var seeds = Path.GetFullPath(Path.Combine(corpusFolder, "..", "..", "extraction", "articles"));
        var seedFiles = Directory.Exists(seeds) ? ExtractionRunner.ArticleFiles(seeds) : [];
        var corpus = CorpusFiles.ArticlePaths(corpusFolder, int.MaxValue);
        return [.. seedFiles, .. corpus.Where((_, i) => i % every == 0)];
    }

    public static void Write(TextWriter output, ExtractionPipeline pipeline, IReadOnlyList<string> paths)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var path in paths)
        {
            var result = pipeline.Extract(ArticleReader.ReadFile(path));
            output.WriteLine($"# {Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}");
            foreach (var sentence in result.Document.Sentences)
            {
                output.WriteLine($"## sentence {sentence.Index} {sentence.Span}");
                foreach (var t in sentence.Tokens)
                {
                    output.WriteLine(string.Join('\t', t.Index, t.Text, t.Upos, t.Xpos, t.Lemma, t.Head, t.DepRel, t.Ner));
                }
            }

            foreach (var entity in result.Entities)
            {
                output.WriteLine($"entity {entity.Name} | {entity.Type} | {string.Join(" ; ", entity.Aliases)}");
                foreach (var m in entity.Mentions)
                {
                    output.WriteLine($"  mention {m} {m.Kind} {m.Referent} {m.Title} {m.Confidence.ToString("R", inv)}");
                }
            }

            foreach (var fact in result.Relations)
            {
                output.WriteLine($"fact {fact}");
            }

            GuidelinesJsonl.Write(output, result.Facts);
        }
    }
}
