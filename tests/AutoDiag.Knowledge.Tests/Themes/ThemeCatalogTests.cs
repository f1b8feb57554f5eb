using System.Text.Json.Nodes;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class ThemeCatalogTests : IDisposable
{
    private static readonly string DefaultPath = Path.Combine(AppContext.BaseDirectory, "Data", "themes.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("themes-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void LoadDefault_ReadsTheTenThemesOfTheTaxonomyInOrder()
    {
        var catalog = ThemeCatalog.LoadDefault();

        Assert.Equal(
            [
                "jeunesse", "vieillissement", "mobilite", "sante", "acces-aux-droits",
                "logement", "insertion-emploi", "precarite", "lien-social", "gouvernance",
            ],
            catalog.All.Select(theme => theme.Id));
    }

    [Fact]
    public void LoadDefault_MainThemesAreTheFirstFive()
    {
        var catalog = ThemeCatalog.LoadDefault();

        Assert.Equal(catalog.All.Take(5), catalog.Main);
    }

    [Fact]
    public void LoadDefault_HasTheLabelsOfTheSpecification()
    {
        var catalog = ThemeCatalog.LoadDefault();

        Assert.Equal("Enfance, jeunesse et parentalité", catalog.Get("jeunesse").Label);
        Assert.Equal("Accès aux droits et aux services publics", catalog.Get("acces-aux-droits").Label);
        Assert.Equal("Accès aux droits", catalog.Get("acces-aux-droits").ShortLabel);
        Assert.Equal("Insertion et emploi", catalog.Get("insertion-emploi").ShortLabel);
    }

    [Fact]
    public void LoadDefault_EveryThemeHasAnIconADescriptionAndManyKeywords()
    {
        foreach (var theme in ThemeCatalog.LoadDefault().All)
        {
            Assert.False(string.IsNullOrWhiteSpace(theme.Icon), theme.Id);
            Assert.EndsWith(".", theme.Description);
            Assert.InRange(theme.Keywords.Count, 30, 150);
        }
    }

    [Fact]
    public void Get_UnknownId_ThrowsWithTheKnownIds()
    {
        var catalog = ThemeCatalog.LoadDefault();

        var exception = Assert.Throws<KeyNotFoundException>(() => catalog.Get("transport"));

        Assert.Contains("'transport'", exception.Message);
        Assert.Contains("mobilite", exception.Message);
    }

    [Fact]
    public void TryGet_FindsKnownIdsOnly()
    {
        var catalog = ThemeCatalog.LoadDefault();

        Assert.True(catalog.TryGet("sante", out var sante));
        Assert.Equal("Santé", sante.Label);
        Assert.False(catalog.TryGet("Sante", out _));
    }

    [Fact]
    public void Load_RenamedLabel_IsTakenWithoutRebuild()
    {
        var path = WriteDefaultWith(themes => themes[2]!["label"] = "Transports et déplacements");

        Assert.Equal("Transports et déplacements", ThemeCatalog.Load(path).Get("mobilite").Label);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var path = Path.Combine(_directory, "absent.json");

        var exception = Assert.Throws<FileNotFoundException>(() => ThemeCatalog.Load(path));

        Assert.Contains(path, exception.Message);
    }

    [Fact]
    public void Load_NotJson_IsInvalidData()
    {
        var path = Write("{ this is not json");

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains(path, exception.Message);
    }

    [Fact]
    public void Load_NineThemes_IsInvalidData()
    {
        var path = WriteDefaultWith(themes => themes.RemoveAt(9));

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains("expected 10 themes, found 9", exception.Message);
    }

    [Fact]
    public void Load_DuplicateId_IsInvalidData()
    {
        var path = WriteDefaultWith(themes => themes[9]!["id"] = "sante");

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains("duplicate theme id 'sante'", exception.Message);
    }

    [Theory]
    [InlineData("label")]
    [InlineData("shortLabel")]
    [InlineData("icon")]
    public void Load_EmptyText_IsInvalidData(string property)
    {
        var path = WriteDefaultWith(themes => themes[3]![property] = "  ");

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains($"theme 'sante' has an empty '{property}'", exception.Message);
    }

    [Fact]
    public void Load_MissingLabel_IsInvalidData()
    {
        var path = WriteDefaultWith(themes => themes[0]!.AsObject().Remove("label"));

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains("label", exception.Message);
    }

    [Fact]
    public void Load_MisspeltProperty_IsInvalidData()
    {
        var path = WriteDefaultWith(themes => themes[0]!["lable"] = "Jeunesse");

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains("lable", exception.Message);
    }

    [Fact]
    public void Load_EmptyKeyword_IsInvalidData()
    {
        var path = WriteDefaultWith(themes => themes[5]!["keywords"]!.AsArray().Add(""));

        var exception = Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));

        Assert.Contains("theme 'logement' has an empty keyword", exception.Message);
    }

    [Fact]
    public void Load_NullDocument_IsInvalidData()
    {
        var path = Write("null");

        Assert.Throws<InvalidDataException>(() => ThemeCatalog.Load(path));
    }

    private string WriteDefaultWith(Action<JsonArray> change)
    {
        var themes = JsonNode.Parse(File.ReadAllText(DefaultPath))!.AsArray();
        change(themes);
        return Write(themes.ToJsonString());
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
