using System.Text;
using Graph.Extraction.Input;

namespace Graph.Extraction.Tests.Input;

public class TextDecoderTests
{
    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        TextDecoder.Decode(Encoding.UTF8.GetBytes("Erdoğan met Xi — “twice”."), "a.txt")
            .Should().Be("Erdoğan met Xi — “twice”.");
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café talks")];
        TextDecoder.Decode(bytes, "a.txt").Should().Be("Café talks");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read_in_its_byte_order(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Zürich hosts the summit.")];
        TextDecoder.Decode(bytes, "a.txt").Should().Be("Zürich hosts the summit.");
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252()
    {
        // 0xA3 is the pound sign and 0x93/0x94 curly quotes in Windows-1252; none is valid UTF-8 here.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("It cost "), 0xA3, .. Encoding.ASCII.GetBytes("5m, a "), 0x93, .. Encoding.ASCII.GetBytes("bargain"), 0x94];
        TextDecoder.Decode(bytes, "a.txt").Should().Be("It cost £5m, a “bargain”");
    }

    [Fact]
    public void Bbc_file_with_a_latin1_pound_byte_decodes()
    {
        var path = Graph.TestSupport.RepoPaths.InShared("data", "bbc-news-fulltext", "sport", "199.txt");
        var text = TextDecoder.Decode(File.ReadAllBytes(path), path);
        text.Should().Contain("£").And.NotContain("\uFFFD");
    }

    [Fact]
    public void Empty_input_is_refused_naming_the_file()
    {
        var act = () => TextDecoder.Decode([], "feed/empty.txt");
        act.Should().Throw<ArticleInputException>().WithMessage("feed/empty.txt: is empty*");
    }

    [Fact]
    public void Whitespace_only_input_is_refused()
    {
        var act = () => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\r\n "), "blank.txt");
        act.Should().Throw<ArticleInputException>().WithMessage("blank.txt: is empty (only whitespace)");
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var act = () => TextDecoder.Decode(png, "photo.png");
        act.Should().Throw<ArticleInputException>().WithMessage("photo.png: is binary, not text (NUL byte at offset 8*");
    }

    [Fact]
    public void Many_control_characters_mean_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))).ToArray();
        var act = () => TextDecoder.Decode(bytes, "blob.dat");
        act.Should().Throw<ArticleInputException>().WithMessage("blob.dat: is binary, not text (* control characters in 200)");
    }
}
