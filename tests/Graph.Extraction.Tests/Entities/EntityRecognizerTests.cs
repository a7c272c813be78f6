using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Entities;

public class EntityRecognizerTests
{
    private static (Document Document, IReadOnlyList<Mention> Mentions) Recognize(string text)
    {
        var document = DocumentPreparer.Prepare(new Article("test", ContentHash.Of(text)), text);
        return (document, EntityRecognizer.Default.Recognize(document));
    }

    private static Mention Single(IReadOnlyList<Mention> mentions, string text) =>
        mentions.Should().ContainSingle(m => m.Text == text, $"one mention \"{text}\" among {string.Join(", ", mentions)}").Subject;

    [Fact]
    public void Title_stays_out_of_a_person_name_and_is_kept_as_title()
    {
        var (_, mentions) = Recognize("Swedish Prime Minister Anders Holmqvist arrived in Oslo on Monday.");
        var person = Single(mentions, "Anders Holmqvist");
        person.Type.Should().Be(EntityTypes.Person);
        person.Title.Should().Be("Swedish Prime Minister");
        Single(mentions, "Oslo").Type.Should().Be(EntityTypes.Location);
    }

    [Theory]
    [InlineData("Rates will rise, Tollbridge Reserve chairman Anton Maier said on Monday.", "Tollbridge Reserve", "Anton Maier")]
    [InlineData("Meanwhile Veld Dem leader Ivo Brandt is expected to speak.", "Veld Dem", "Ivo Brandt")]
    [InlineData("Former Veld leader Ivo Brandt spoke.", "Veld", "Ivo Brandt")]
    public void Capitalised_words_before_a_persons_title_name_the_organisation_whose_title_it_is(string text, string owner, string person)
    {
        var (_, mentions) = Recognize(text);
        Single(mentions, owner).Type.Should().Be(EntityTypes.Organization);
        Single(mentions, person).Type.Should().Be(EntityTypes.Person);
    }

    [Theory]
    [InlineData("Home Secretary Daniel Fenwick said the law would change.", "Home")]
    [InlineData("Work and Pensions Secretary Daniel Fenwick said the law would change.", "Pensions")]
    public void Before_secretary_or_minister_the_capitalised_words_are_a_portfolio_not_an_organisation(string text, string portfolio)
    {
        var (_, mentions) = Recognize(text);
        mentions.Should().NotContain(m => m.Text.Contains(portfolio, StringComparison.Ordinal) && m.Type == EntityTypes.Organization);
        Single(mentions, "Daniel Fenwick").Type.Should().Be(EntityTypes.Person);
    }

    [Fact]
    public void A_word_inside_a_multi_word_title_is_no_name()
    {
        var (_, mentions) = Recognize("US Secretary of State Dana Whitfield met the envoy on Monday.");
        mentions.Should().NotContain(m => m.Text == "State");
        Single(mentions, "Dana Whitfield").Type.Should().Be(EntityTypes.Person);
    }

    [Fact]
    public void Country_adjective_stands_for_its_country()
    {
        var (_, mentions) = Recognize("The talks were attended by Brazilian diplomats.");
        var demonym = Single(mentions, "Brazilian");
        demonym.Type.Should().Be(EntityTypes.Location);
        demonym.Kind.Should().Be(MentionKind.Demonym);
        demonym.Referent.Should().Be("Brazil");
        Single(mentions, "Brazilian diplomats").Type.Should().Be(EntityTypes.Group);
    }

    [Fact]
    public void Country_abbreviation_is_a_location_with_its_full_name_as_referent()
    {
        var (_, mentions) = Recognize("Later the U.S. imposed new sanctions on the company.");
        var country = Single(mentions, "U.S.");
        country.Type.Should().Be(EntityTypes.Location);
        country.Referent.Should().Be("United States");
    }

    [Fact]
    public void Organisation_word_and_of_phrase_make_one_organisation()
    {
        var (_, mentions) = Recognize("She teaches at the Harlow School of Economics and Political Science in Leeds.");
        Single(mentions, "Harlow School of Economics and Political Science").Type.Should().Be(EntityTypes.Organization);
    }

    [Fact]
    public void Events_are_found_by_head_noun_with_their_place()
    {
        var (_, mentions) = Recognize("The war in Moldova has lasted a year, and peace talks stalled.");
        Single(mentions, "war in Moldova").Type.Should().Be(EntityTypes.Event);
        Single(mentions, "peace talks").Type.Should().Be(EntityTypes.Event);
    }

    [Fact]
    public void Tokens_get_iob2_tags_with_guidelines_types()
    {
        var (document, _) = Recognize("Angela Kowalski visited Poland.");
        document.Sentences[0].Tokens.Select(t => t.Ner).Should().Equal("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O");
    }

    [Fact]
    public void Mention_spans_point_at_their_text()
    {
        var (document, mentions) = Recognize("First line here.\n\nThen Kenya and Uganda signed a deal with Tanzania.");
        mentions.Should().NotBeEmpty();
        mentions.Should().OnlyContain(m => document.Text.Substring(m.Span.Start, m.Span.Length) == m.Text);
        mentions.Where(m => m.Type == EntityTypes.Location).Select(m => m.Text).Should().Equal("Kenya", "Uganda", "Tanzania");
    }
}

public class EntityRecognizerInputTests
{
    [Fact]
    public void An_unsplit_document_is_refused_with_a_clear_error()
    {
        var document = new Document(new Article("raw-1", "h"), "Text that was never split.");
        var act = () => EntityRecognizer.Default.Recognize(document);
        act.Should().Throw<InvalidOperationException>().WithMessage("article 'raw-1' is not split into sentences*");
    }
}
