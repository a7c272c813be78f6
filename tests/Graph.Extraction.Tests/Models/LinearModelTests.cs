using System.IO.Compression;
using Graph.Extraction.Models;

namespace Graph.Extraction.Tests.Models;

public class LinearModelTests
{
    private static string[] ClassNames(int count) => [.. Enumerable.Range(0, count).Select(i => $"c{i}")];

    /// <summary>
    /// A model with sparse features (few classes) and dense ones (at least <see cref="LinearModel.DenseFrom"/> classes);
    /// with three classes (the parser's moves), every feature's weights sit in its hash slot.
    /// </summary>
    private static (LinearModel Model, Dictionary<ulong, Dictionary<int, float>> Weights) Model(int classCount = 37)
    {
        var names = ClassNames(classCount);
        var random = new Random(7);
        var weights = new Dictionary<ulong, Dictionary<int, float>>();
        var features = new List<(ulong, short[], float[])>();
        for (var f = 1UL; f <= 200; f++)
        {
            var count = f % 3 == 0 ? LinearModel.DenseFrom + (int)(f % 20) : 1 + (int)(f % 5);
            var classes = Enumerable.Range(0, names.Length).OrderBy(_ => random.Next()).Take(Math.Min(count, names.Length)).Select(c => (short)c).ToArray();
            var w = classes.Select(_ => (float)(Half)(float)((random.NextDouble() * 20) - 10)).ToArray();
            weights[f * 0x9E3779B97F4A7C15UL] = classes.Zip(w).ToDictionary(p => (int)p.First, p => p.Second);
            features.Add((f * 0x9E3779B97F4A7C15UL, classes, w));
        }

        return (new LinearModel(names, features), weights);
    }

    [Theory]
    [InlineData(37)]
    [InlineData(3)]
    public void Scores_are_bit_for_bit_the_sum_of_each_class_weights_in_feature_order(int classCount)
    {
        var (model, weights) = Model(classCount);
        var random = new Random(11);
        var keys = weights.Keys.ToArray();
        for (var trial = 0; trial < 50; trial++)
        {
            // Some features twice, some unknown to the model.
            var features = Enumerable.Range(0, 40).Select(_ => random.Next(10) == 0 ? (ulong)random.NextInt64() : keys[random.Next(keys.Length)]).ToArray();
            var expected = new float[classCount];
            foreach (var f in features)
            {
                if (weights.TryGetValue(f, out var byClass))
                {
                    foreach (var (c, w) in byClass)
                    {
                        expected[c] += w;
                    }
                }
            }

            var actual = new float[classCount];
            model.AddScores(features, actual);
            actual.Should().Equal(expected);
        }
    }

    [Fact]
    public void A_model_written_and_read_again_writes_the_same_bytes()
    {
        var (model, _) = Model();
        var first = Written(model);
        var read = LinearModel.Read(new BinaryReader(new MemoryStream(first)));
        Written(read).Should().Equal(first);
        read.FeatureCount.Should().Be(model.FeatureCount);
        read.WeightCount.Should().Be(model.WeightCount);
    }

    [Theory]
    [InlineData(PretrainedModels.TaggerResource)]
    [InlineData(PretrainedModels.ParserResource)]
    public void The_shipped_models_save_to_exactly_the_content_they_were_loaded_from(string resource)
    {
        using var embedded = typeof(PretrainedModels).Assembly.GetManifestResourceStream(resource)!;
        var original = Decompressed(embedded);
        using var saved = new MemoryStream();
        if (resource == PretrainedModels.TaggerResource)
        {
            PretrainedModels.Tagger.Save(saved);
        }
        else
        {
            PretrainedModels.Parser.Save(saved);
        }

        saved.Position = 0;
        Decompressed(saved).Should().Equal(original);
    }

    [Fact]
    public void Too_few_scores_for_the_classes_are_refused()
    {
        var (model, _) = Model();
        var act = () => model.AddScores([1UL], new float[3]);
        act.Should().Throw<ArgumentException>().WithMessage("*3 scores for 37 classes*");
    }

    private static byte[] Written(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(w);
        }

        return stream.ToArray();
    }

    private static byte[] Decompressed(Stream gz)
    {
        using var inflate = new GZipStream(gz, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        inflate.CopyTo(bytes);
        return bytes.ToArray();
    }
}
