using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Entities;

public class GazetteerTests
{
    [Fact]
    public void Countries_demonyms_and_capitals_are_known_with_their_country()
    {
        var gazetteer = Gazetteer.Default;
        gazetteer.TryGet("Kenya", out var kenya).Should().BeTrue();
        kenya.Class.Should().Be(GazetteerClass.Country);
        gazetteer.TryGet("Peruvian", out var peruvian).Should().BeTrue();
        peruvian.Canonical.Should().Be("Peru");
        gazetteer.CountryOfCapital("Nairobi").Should().Be("Kenya");
        gazetteer.CountryOfCapital("Mombasa").Should().BeNull();
    }

    [Fact]
    public void Longest_phrase_wins_and_matches_do_not_overlap()
    {
        var matches = Gazetteer.Default.Match(["Talks", "in", "South", "Africa", "and", "the", "United", "Arab", "Emirates", "."]);
        matches.Select(m => (m.Start, m.End, m.Entry.Canonical)).Should().Equal((2, 4, "South Africa"), (6, 9, "United Arab Emirates"));
    }

    [Fact]
    public void Matching_is_case_sensitive()
    {
        Gazetteer.Default.Match(["roast", "turkey", "and", "china", "plates"]).Should().BeEmpty();
    }

    [Fact]
    public void Titles_are_titles()
    {
        Gazetteer.Default.TryGet("President", out var president).Should().BeTrue();
        president.Class.Should().Be(GazetteerClass.Title);
    }
}
