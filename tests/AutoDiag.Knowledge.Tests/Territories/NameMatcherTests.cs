using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Tests.Territories;

public sealed class NameMatcherTests
{
    private static readonly NamedEntry Estaires = new(1, "Estaires");
    private static readonly NamedEntry LaGorgue = new(2, "La Gorgue");
    private static readonly NamedEntry Haverskerque = new(3, "Haverskerque");
    private static readonly NamedEntry Merville = new(4, "Merville");
    private static readonly NamedEntry Fleurbaix = new(5, "Fleurbaix");
    private static readonly NamedEntry Laventie = new(6, "Laventie");
    private static readonly NamedEntry Lestrem = new(7, "Lestrem");
    private static readonly NamedEntry Sailly = new(8, "Sailly-sur-la-Lys");
    private static readonly NamedEntry SaintJansCappel = new(9, "Saint-Jans-Cappel");
    private static readonly NamedEntry SaintJansSurMer = new(10, "Saint-Jans-sur-Mer"); // fictitious

    private readonly NameMatcher _matcher = new(
    [
        Estaires, LaGorgue, Haverskerque, Merville, Fleurbaix, Laventie, Lestrem, Sailly,
        SaintJansCappel, SaintJansSurMer,
    ]);

    [Theory]
    [InlineData("Merville", 4)]
    [InlineData("merville", 4)]
    [InlineData("MERVILLE", 4)]
    [InlineData("  Merville ", 4)]
    [InlineData("la gorgue", 2)]
    [InlineData("La-Gorgue", 2)]
    [InlineData("Lagorgue", 2)]
    [InlineData("Gorgue", 2)]
    [InlineData("sailly sur la lys", 8)]
    [InlineData("Sailly-sur-la-lys", 8)]
    [InlineData("SAILLY SUR LA LYS", 8)]
    [InlineData("St Jans Cappel", 9)]
    [InlineData("St.-Jans-Cappel", 9)]
    [InlineData("saint jans cappel", 9)]
    [InlineData("Estaïres", 1)]
    [InlineData("Merville (59)", 4)]
    public void Match_SameNameOnceNormalized_IsExact(string typed, int id)
    {
        var match = _matcher.Match(typed);

        Assert.Equal(NameMatchKind.Exact, match.Kind);
        Assert.Equal(id, Assert.Single(match.Candidates).Id);
    }

    [Theory]
    [InlineData("Mervile", 4)] // one letter missing
    [InlineData("Mervlile", 4)] // two letters swapped
    [InlineData("Estaire", 1)]
    [InlineData("Laventi", 6)]
    [InlineData("Haverskerke", 3)]
    [InlineData("Havreskerqe", 3)] // two typos on a long name
    [InlineData("Fleurbais", 5)]
    [InlineData("Gorge", 2)] // typo on the name without its article
    [InlineData("St Jans Capel", 9)]
    [InlineData("Sailly", 8)] // the beginning of a single name
    [InlineData("Lestr", 7)]
    public void Match_SmallTypoOrUniqueBeginning_IsClose(string typed, int id)
    {
        var match = _matcher.Match(typed);

        Assert.Equal(NameMatchKind.Close, match.Kind);
        Assert.Equal(id, Assert.Single(match.Candidates).Id);
    }

    [Theory]
    [InlineData("Saint-Jan")]
    [InlineData("Saint-Jans")]
    [InlineData("st jans")]
    [InlineData("Saint")]
    public void Match_BeginningOfSeveralNames_IsAmbiguousNeverASilentPick(string typed)
    {
        var match = _matcher.Match(typed);

        Assert.Equal(NameMatchKind.Ambiguous, match.Kind);
        Assert.Equal([SaintJansCappel, SaintJansSurMer], match.Candidates);
    }

    [Fact]
    public void Match_EquallyCloseTypos_IsAmbiguous()
    {
        var matcher = new NameMatcher(
            [new NamedEntry(1, "Bray"), new NamedEntry(2, "Brax"), new NamedEntry(3, "Brest")]);

        var match = matcher.Match("Brai");

        Assert.Equal(NameMatchKind.Ambiguous, match.Kind);
        Assert.Equal([1, 2], match.Candidates.Select(entry => entry.Id));
    }

    [Fact]
    public void Match_SameNameTwice_IsAmbiguous()
    {
        var matcher = new NameMatcher([new NamedEntry(1, "Saint-Denis"), new NamedEntry(2, "Saint Denis")]);

        var match = matcher.Match("St Denis");

        Assert.Equal(NameMatchKind.Ambiguous, match.Kind);
        Assert.Equal(2, match.Candidates.Count);
    }

    [Fact]
    public void Match_ExactWinsOverClose()
    {
        var matcher = new NameMatcher([new NamedEntry(1, "Lestrem"), new NamedEntry(2, "Lestre")]);

        var match = matcher.Match("Lestre");

        Assert.Equal(NameMatchKind.Exact, match.Kind);
        Assert.Equal(2, Assert.Single(match.Candidates).Id);
    }

    [Fact]
    public void Match_NameWithoutArticleWinsOverArticleDropped()
    {
        var matcher = new NameMatcher([new NamedEntry(1, "La Gorgue"), new NamedEntry(2, "Gorgue")]);

        Assert.Equal(2, Assert.Single(matcher.Match("Gorgue").Candidates).Id);
        Assert.Equal(1, Assert.Single(matcher.Match("La Gorgue").Candidates).Id);
    }

    [Theory]
    [InlineData("Mer")] // below 4 letters, no typo is allowed
    [InlineData("Lstrm")]
    public void Match_TooFar_IsNotFound(string typed)
    {
        Assert.Equal(NameMatchKind.NotFound, _matcher.Match(typed).Kind);
    }

    [Fact]
    public void Match_ShortNames_AllowNoTypo()
    {
        var matcher = new NameMatcher([new NamedEntry(1, "Eu"), new NamedEntry(2, "Pau")]);

        Assert.Equal(NameMatchKind.Exact, matcher.Match("Pau").Kind);
        Assert.Equal(NameMatchKind.NotFound, matcher.Match("Pou").Kind);
        Assert.Equal(NameMatchKind.NotFound, matcher.Match("Pauu").Kind);
    }

    [Fact]
    public void Match_Paris_IsNotFoundWithoutSuggestion()
    {
        var match = _matcher.Match("Paris");

        Assert.Equal(NameMatchKind.NotFound, match.Kind);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Match_NearlyClose_IsNotFoundWithSuggestions()
    {
        var match = _matcher.Match("Saint-Jean");

        Assert.Equal(NameMatchKind.NotFound, match.Kind);
        Assert.Equal([SaintJansCappel, SaintJansSurMer], match.Candidates);
    }

    [Fact]
    public void Match_OneTypoBeyondTheAllowance_IsNotFoundButSuggested()
    {
        var match = _matcher.Match("Mrevile"); // two typos on a 7-letter name, one allowed

        Assert.Equal(NameMatchKind.NotFound, match.Kind);
        Assert.Equal([Merville], match.Candidates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("😀")]
    [InlineData("59")]
    public void Match_NoLetter_IsNotFound(string typed)
    {
        var match = _matcher.Match(typed);

        Assert.Equal(NameMatchKind.NotFound, match.Kind);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Constructor_NameWithoutLetter_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => new NameMatcher([new NamedEntry(1, "Merville"), new NamedEntry(2, " - ")]));
    }

    [Theory]
    [InlineData("Merville, Estaires et La Gorgue")]
    [InlineData("Merville ; Estaires ; La Gorgue")]
    [InlineData("Merville\nEstaires\nLa Gorgue")]
    [InlineData("- Merville\r\n- Estaires\r\n- La Gorgue.")]
    [InlineData("1. Merville 2. Estaires 3. La Gorgue")]
    [InlineData("Merville, Estaires, et La Gorgue")]
    [InlineData("Merville / Estaires & La Gorgue")]
    [InlineData("Merville Estaires La Gorgue")]
    [InlineData("MERVILLE ET ESTAIRES ET LA GORGUE")]
    public void MatchList_SplitsTheNames(string typed)
    {
        var matches = _matcher.MatchList(typed);

        Assert.Equal([Merville, Estaires, LaGorgue], matches.Select(item => Assert.Single(item.Match.Candidates)));
        Assert.All(matches, item => Assert.Equal(NameMatchKind.Exact, item.Match.Kind));
    }

    [Theory]
    [InlineData("merville ; estaires", new[] { "merville", "estaires" })]
    [InlineData("- Merville.\n- La Gorgue (59)", new[] { "Merville", "La Gorgue" })]
    [InlineData("1. Merville 2. La Gorgue", new[] { "Merville", "La Gorgue" })]
    public void MatchList_FragmentsAreTheNamesAsTyped(string typed, string[] expected)
    {
        Assert.Equal(expected, _matcher.MatchList(typed).Select(item => item.Fragment));
    }

    [Fact]
    public void MatchList_DoesNotSplitNamesOnTheirOwnWords()
    {
        var matches = _matcher.MatchList("Sailly-sur-la-Lys et Saint-Jans-Cappel, sailly sur la lys");

        Assert.Equal(
            ["Sailly-sur-la-Lys", "Saint-Jans-Cappel", "sailly sur la lys"],
            matches.Select(item => item.Fragment));
        Assert.Equal([Sailly, SaintJansCappel, Sailly], matches.Select(item => Assert.Single(item.Match.Candidates)));
    }

    [Fact]
    public void MatchList_KeepsANameContainingEt()
    {
        var matcher = new NameMatcher([new NamedEntry(1, "Fontaine-et-Chalendray"), new NamedEntry(2, "Merville")]);

        var matches = matcher.MatchList("Fontaine et Chalendray, Merville");

        Assert.Equal(["Fontaine et Chalendray", "Merville"], matches.Select(item => item.Fragment));
        Assert.Equal([1, 2], matches.Select(item => Assert.Single(item.Match.Candidates).Id));
    }

    [Fact]
    public void MatchList_ReportsEachFragmentOnItsOwn()
    {
        var matches = _matcher.MatchList("Mervile, Saint-Jan et Paris");

        Assert.Equal(["Mervile", "Saint-Jan", "Paris"], matches.Select(item => item.Fragment));
        Assert.Equal(
            [NameMatchKind.Close, NameMatchKind.Ambiguous, NameMatchKind.NotFound],
            matches.Select(item => item.Match.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ,; \n et ")]
    public void MatchList_NoName_IsEmpty(string typed)
    {
        Assert.Empty(_matcher.MatchList(typed));
    }
}
