using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class LabelledTextFileTests : IDisposable
{
    private static readonly ThemeCatalog Catalog = ThemeCatalog.LoadDefault();

    private readonly string _directory = Directory.CreateTempSubdirectory("labelled-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Read_ReadsTextsAndThemesInOrder_SkippingBlankLinesAndIgnoringOtherProperties()
    {
        var path = Write("a.jsonl",
            """{"text": "Plus de médecin", "themes": ["sante", "mobilite"], "source": "fiche"}""",
            "",
            """{"text": "bonjour", "themes": []}""");

        var texts = LabelledTextFile.Read(path, Catalog);

        Assert.Equal(2, texts.Count);
        Assert.Equal("Plus de médecin", texts[0].Text);
        Assert.Equal(["sante", "mobilite"], texts[0].ThemeIds);
        Assert.Empty(texts[1].ThemeIds);
    }

    [Theory]
    [InlineData("""{"text": "x", "themes": ["transport"]}""", "line 2 has an unknown theme id 'transport'")]
    [InlineData("""{"text": "x", "themes": ["sante", "sante"]}""", "line 2 lists a theme twice")]
    [InlineData("""{"text": " ", "themes": []}""", "line 2 has no text")]
    [InlineData("""{"text": "x"}""", "line 2 is not valid")]
    [InlineData("""not json""", "line 2 is not valid")]
    public void Read_AnInvalidLineIsReportedWithItsNumber(string line, string message)
    {
        var path = Write("a.jsonl", """{"text": "ok", "themes": ["sante"]}""", line);

        var error = Assert.Throws<InvalidDataException>(() => LabelledTextFile.Read(path, Catalog));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ReadDirectory_ReadsEveryJsonLinesFileInNameOrder()
    {
        Write("b.jsonl", """{"text": "second", "themes": []}""");
        Write("a.jsonl", """{"text": "first", "themes": []}""");
        Write("notes.md", "not read");

        Assert.Equal(["first", "second"], LabelledTextFile.ReadDirectory(_directory, Catalog).Select(t => t.Text));
    }

    [Fact]
    public void TheShippedCorpusIsValid()
    {
        Assert.True(LabelledTextFile.ReadDirectory(LocalThemeCategorizer.DefaultTrainingDirectory, Catalog).Count > 1000);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
