using Graph.Core.Names;

namespace Graph.Core.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    [InlineData("the Russian President", "russian president")]
    [InlineData("Russia’s Communist Party", "russia communist party")]
    [InlineData("U.S.", "u s")]
    [InlineData("Texas A&M", "texas a m")]
    [InlineData("  Theresa  May ", "theresa may")]
    [InlineData("counter-offensive", "counter offensive")]
    public void Normalises_as_the_scorer_does(string name, string key) => NameKey.Of(name).Should().Be(key);
}
