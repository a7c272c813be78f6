using Graph.Extraction.Models;

namespace Graph.Extraction.Tests.Models;

public class PackedWeightsTests
{
    [Fact]
    public void Half_valued_weights_pack_and_add_back_to_exactly_the_same_floats()
    {
        var random = new Random(3);
        var weights = Enumerable.Range(0, 203)
            .Select(i => i % 4 == 0 ? 0f : (float)(Half)(float)((random.NextDouble() - 0.5) * 300))
            .ToArray();
        PackedWeights.TryPack(weights, out var codes, out var exponentBase).Should().BeTrue();

        // Added to non-zero scores, vector part and scalar tail (203 is not a multiple of 8) alike.
        var expected = Enumerable.Range(0, 203).Select(i => i * 0.37f).ToArray();
        var actual = expected.ToArray();
        for (var i = 0; i < weights.Length; i++)
        {
            expected[i] += weights[i];
        }

        PackedWeights.AddRow(ref actual[0], ref codes[0], codes.Length, exponentBase);
        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData(0.1f)]            // more mantissa bits than a half has
    [InlineData(-0f)]             // negative zero would come back as +0
    public void Weights_a_code_cannot_hold_exactly_are_refused(float odd)
    {
        PackedWeights.TryPack([1f, odd, 2f], out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Weights_spanning_more_than_31_binary_orders_are_refused()
    {
        PackedWeights.TryPack([1f, MathF.Pow(2, 40)], out _, out _).Should().BeFalse();
    }
}
