using Graph.Extraction.Models;
using Graph.Extraction.Parsing;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Tests.Models;

public class ModelFileTests
{
    [Fact]
    public void A_trained_model_scores_the_same_after_a_round_trip()
    {
        var perceptron = new AveragedPerceptron(["a", "b", "c"]);
        ulong[] f1 = [11, 12], f2 = [12, 13];
        for (var i = 0; i < 20; i++)
        {
            perceptron.Tick();
            perceptron.Update(f1, 0, 1);
            perceptron.Tick();
            perceptron.Update(f2, 2, 0);
        }

        var model = perceptron.ToModel(0.0f);
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "test", 1, new Dictionary<string, string> { ["k"] = "v" }, model.Write);
        stream.Position = 0;
        var read = ModelFile.Read(stream, "test", 1, LinearModel.Read, out var metadata);
        metadata["k"].Should().Be("v");

        var before = new float[3];
        var after = new float[3];
        model.AddScores(f1, before);
        read.AddScores(f1, after);
        after.Should().Equal(before);
        before[0].Should().BeGreaterThan(before[1]);
    }

    [Fact]
    public void A_model_of_another_kind_is_refused_by_name()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "lemmatizer", 1, new Dictionary<string, string>(), _ => { });
        stream.Position = 0;
        var act = () => PosTagger.Load(stream);
        act.Should().Throw<InvalidDataException>().WithMessage("*lemmatizer v1*pos-tagger v1*");
    }

    [Fact]
    public void Garbage_is_refused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        var act = () => DependencyParser.Load(stream);
        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void The_shipped_models_load_once_and_say_what_they_were_trained_on()
    {
        PretrainedModels.Tagger.Should().BeSameAs(PretrainedModels.Tagger);
        PretrainedModels.Parser.Metadata["trained-on"].Should().Be("en_ewt-ud-train.conllu");
        PretrainedModels.Lemmatizer.Metadata["licence"].Should().Contain("CC BY-SA 4.0");
    }
}
