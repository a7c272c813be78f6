using Graph.Ingestion.Configuration;
using Microsoft.Extensions.Configuration;

namespace Graph.Ingestion.Tests;

/// <summary>The <c>Ingestion</c> section is validated at start, and every message names the bad setting.</summary>
public sealed class ConfigurationTests
{
    private static IngestionOptions Read(params (string Key, string Value)[] settings) =>
        IngestionConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void Sources_and_settings_are_read()
    {
        var options = Read(
            ("Ingestion:MaxAttempts", "3"),
            ("Ingestion:FetchTimeoutSeconds", "1.5"),
            ("Ingestion:Sources:0:Name", "news"),
            ("Ingestion:Sources:0:Kind", "feed"),
            ("Ingestion:Sources:0:Url", "https://example.org/feed.xml"),
            ("Ingestion:Sources:0:Schedule", "0 */15 * * * ?"),
            ("Ingestion:Sources:1:Name", "inbox"),
            ("Ingestion:Sources:1:Kind", "Folder"),
            ("Ingestion:Sources:1:Path", "/tmp/inbox"));
        options.MaxAttempts.Should().Be(3);
        options.FetchTimeout.Should().Be(TimeSpan.FromSeconds(1.5));
        options.Sources.Should().HaveCount(2);
        options.Sources[0].Should().BeEquivalentTo(new SourceOptions { Name = "news", Kind = SourceKind.Feed, Location = "https://example.org/feed.xml", Schedule = "0 */15 * * * ?", RetractMissing = false });
        options.Sources[1].RetractMissing.Should().BeTrue("folders retract vanished files by default");
    }

    [Theory]
    [InlineData("Ingestion:MaxAttempts", "many", "Ingestion:MaxAttempts 'many' is not a whole number")]
    [InlineData("Ingestion:MaxAttempts", "0", "Ingestion:MaxAttempts is 0; expected 1 to 1000")]
    [InlineData("Ingestion:FetchTimeoutSeconds", "-1", "Ingestion:FetchTimeoutSeconds is -1; expected a positive number of seconds")]
    [InlineData("Ingestion:Enabled", "yes", "Ingestion:Enabled 'yes' is not true or false")]
    public void A_bad_setting_is_named(string key, string value, string message) =>
        FluentActions.Invoking(() => Read((key, value))).Should().Throw<IngestionConfigurationException>().WithMessage("configuration: " + message);

    [Fact]
    public void A_bad_source_is_named_by_its_index_and_field()
    {
        FluentActions.Invoking(() => Read(("Ingestion:Sources:0:Name", "x"), ("Ingestion:Sources:0:Kind", "Ftp")))
            .Should().Throw<IngestionConfigurationException>().Which.Setting.Should().Be("Ingestion:Sources:0:Kind");
        FluentActions.Invoking(() => Read(("Ingestion:Sources:0:Name", "x"), ("Ingestion:Sources:0:Kind", "Url"), ("Ingestion:Sources:0:Url", "ftp://host/file")))
            .Should().Throw<IngestionConfigurationException>().Which.Setting.Should().Be("Ingestion:Sources:0:Url");
        FluentActions.Invoking(() => Read(("Ingestion:Sources:0:Name", "x"), ("Ingestion:Sources:0:Kind", "Folder"), ("Ingestion:Sources:0:Path", "/tmp"), ("Ingestion:Sources:0:Schedule", "every hour")))
            .Should().Throw<IngestionConfigurationException>().Which.Setting.Should().Be("Ingestion:Sources:0:Schedule");
        FluentActions.Invoking(() => Read(("Ingestion:Sources:0:Name", "a b"), ("Ingestion:Sources:0:Kind", "Folder"), ("Ingestion:Sources:0:Path", "/tmp")))
            .Should().Throw<IngestionConfigurationException>().Which.Setting.Should().Be("Ingestion:Sources:0:Name");
        FluentActions.Invoking(() => Read(("Ingestion:Sources:0:Name", "a"), ("Ingestion:Sources:0:Kind", "Folder")))
            .Should().Throw<IngestionConfigurationException>().Which.Setting.Should().Be("Ingestion:Sources:0:Path");
    }

    [Fact]
    public void Two_sources_with_one_name_are_refused()
    {
        FluentActions.Invoking(() => Read(
                ("Ingestion:Sources:0:Name", "a"), ("Ingestion:Sources:0:Kind", "Folder"), ("Ingestion:Sources:0:Path", "/tmp"),
                ("Ingestion:Sources:1:Name", "A"), ("Ingestion:Sources:1:Kind", "Folder"), ("Ingestion:Sources:1:Path", "/var")))
            .Should().Throw<IngestionConfigurationException>().WithMessage("*Ingestion:Sources:1:Name 'A' names two sources*");
    }
}
