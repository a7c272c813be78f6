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
    [InlineData("James's", "james")]
    [InlineData("the Jones's, the Smiths'", "jones the smiths")]
    [InlineData("O'Sullivan's office", "o sullivan office")]
    [InlineData("Theatre Royal", "theatre royal")]
    [InlineData("The", "the")]
    [InlineData("ﬁnance ＡＢＣ １２", "finance abc 12")]
    [InlineData("'s", "")]
    [InlineData("", "")]
    public void Normalises_as_the_scorer_does(string name, string key) => NameKey.Of(name).Should().Be(key);

    [Fact]
    public void A_name_longer_than_the_stack_buffer_keys_like_a_short_one()
    {
        var words = Enumerable.Range(0, 60).Select(i => $"Wörd{i}").ToList();
        var name = "The " + string.Join(" - ", words) + "'s";
        name.Length.Should().BeGreaterThan(256);

        NameKey.Of(name).Should().Be(string.Join(' ', words.Select(w => w.Replace('ö', 'o').ToLowerInvariant())));
    }
}
