using System.Text.RegularExpressions;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>The Markdown and HTML documents of <see cref="SynthesisDataset"/>: same sections and facts, user text inert.</summary>
public sealed partial class FicheSyntheseRenderingTests(SynthesisFixture fixture) : IClassFixture<SynthesisFixture>
{
    private const string Nbsp = FicheSyntheseTexts.Nbsp;

    private string Markdown => fixture.Documents.Markdown;

    private string Html => fixture.Documents.Html;

    [Fact]
    public void Files_are_named_after_the_intercommunality_and_the_day()
    {
        Assert.Equal("fiche-synthese-cc-flandre-lys-2026-11-28", fixture.Documents.FileBaseName);
        Assert.Equal("fiche-synthese-cc-flandre-lys-2026-11-28.png", fixture.Documents.HeatmapFileName);
        Assert.Equal("fiche-synthese-saint-jans-cappel-l-oeuvre-2026-01-01",
            FicheSyntheseFileName.BaseName("  Saint-Jans-Cappel / L'Œuvre ! ", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Markdown_has_the_four_sections_in_the_fiches_order()
    {
        AssertInOrder(Markdown, FicheSyntheseTexts.Sections.Select(s => $"\n## {s}\n"));
        AssertInOrder(Markdown, ["### 1 – MOBILITÉ", "#### Les enjeux", "#### Les orientations", "### 2 – SANTÉ", "### 3 – LOGEMENT ET HABITAT"]);
    }

    [Fact]
    public void Html_has_the_four_sections_in_the_fiches_order()
    {
        AssertInOrder(Html, FicheSyntheseTexts.Sections.Select(s => $"<h2>{s}</h2>"));
        AssertInOrder(Html, ["<h3>1 – MOBILITÉ</h3>", "<h4>Les enjeux</h4>", "<h4>Les orientations</h4>", "<h3>2 – SANTÉ</h3>"]);
    }

    public static TheoryData<string> Formats => ["markdown", "html"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Both_formats_state_the_same_facts(string format)
    {
        var document = format == "markdown" ? Markdown : Html;

        Assert.Contains($"40{Nbsp}239 habitants (2019)", document, StringComparison.Ordinal);
        Assert.Contains($"8 communes (Nord{Nbsp}: 4, Pas-de-Calais{Nbsp}: 4)", document, StringComparison.Ordinal);
        Assert.Contains("Créée en 1992", document, StringComparison.Ordinal);
        // Calendar: French dates, the actors heard under the soirée de témoignages, the restitution still to be dated.
        AssertInOrder(document, ["28 mars 2017", "16 octobre 2017", "27 novembre 2017", "Soirée de témoignages",
            $"Acteurs entendus{Nbsp}: Mission Locale · ADMR · Centre social de Merville", "date à préciser", "Restitution"]);
        // Enjeux with their communes.
        Assert.Contains("Difficultés relevées dans 3 communes sur 8 (Estaires, Lestrem, Merville), 3 réponses", document, StringComparison.Ordinal);
        Assert.Contains($"Pas de transport pour aller à Lille, les personnes sans permis sont bloquées{Nbsp}»", document, StringComparison.Ordinal);
        Assert.Contains("(Estaires, Lestrem)", document, StringComparison.Ordinal);
        Assert.Contains($"Risque élevé{Nbsp}: «{Nbsp}la ligne ferme en juin{Nbsp}» ", document, StringComparison.Ordinal);
        // The actors, as the actors.
        AssertInOrder(document, [Escaped(format, FicheSyntheseTexts.ActorEnjeuxLead), "Mission Locale", "Les jeunes renoncent à des formations faute de transport"]);
        AssertInOrder(document, [FicheSyntheseTexts.OrientationsLead(OrientationOrigin.Preconisation), "Mission Locale", Escaped(format, "Développer l'aide au permis de conduire")]);
        // Pistes cited « Territoire — texte ».
        AssertInOrder(document, [Escaped(format, FicheSyntheseTexts.OrientationsLead(OrientationOrigin.Piste)), Escaped(format, "CC du Haut Allier — aides à l'obtention du permis de conduire")]);
        foreach (var piste in fixture.Fiche.Axes.SelectMany(a => a.OrientationsFrom(OrientationOrigin.Piste)))
        {
            Assert.Contains(Escaped(format, Piste.Cite(piste.Territory!, piste.Text)), document, StringComparison.Ordinal);
        }

        // Other themes, then the notes in « Commentaires et enjeux majeurs ».
        Assert.Contains($"Précarités et pauvreté{Nbsp}: 1 réponse (Estaires)", document, StringComparison.Ordinal);
        var comments = document[document.IndexOf(FicheSyntheseTexts.SectionCommentaires, StringComparison.Ordinal)..];
        AssertInOrder(comments, ["Les élus veulent avancer vers un CIAS.", "La coordination reste à construire.",
            $"Vieillissement et autonomie{Nbsp}:", Escaped(format, "À creuser avec l'ADMR"), $"Mobilité{Nbsp}:", "Priorité exprimée en plénière"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_enjeu_line_names_its_communes(string format)
    {
        var document = format == "markdown" ? Markdown : Html;
        var lines = document.Split('\n');
        foreach (var enjeu in fixture.Fiche.Axes.SelectMany(a => a.Enjeux))
        {
            var start = Escaped(format, SyntheseStart(enjeu));
            var line = Assert.Single(lines, l => l.Contains(start, StringComparison.Ordinal));
            Assert.All(enjeu.Communes, commune => Assert.Contains(commune, line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Html_escapes_what_was_typed_and_loads_nothing()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Plus de dentiste **ni** de [kiné](http://evil.example)", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("Content-Security-Policy\" content=\"default-src 'none'", Html);
        // The only src is the heatmap, inlined.
        var sources = SourceAttribute().Matches(Html).Select(m => m.Groups[1].Value).ToList();
        var source = Assert.Single(sources);
        Assert.StartsWith("data:image/png;base64,", source, StringComparison.Ordinal);
        Assert.Equal(fixture.Documents.HeatmapPng, Convert.FromBase64String(source["data:image/png;base64,".Length..]));
        Assert.Contains("<figcaption>Carte des risques", Html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", Html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_what_was_typed_and_links_the_heatmap()
    {
        Assert.Contains(@"\<script\>alert('x')\</script\> Plus de dentiste \*\*ni\*\* de \[kiné\](http://evil.example) depuis 2023", Markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)<", Markdown);
        Assert.Contains($"![Carte des risques{Nbsp}: 8 communes × 10 thèmes]({fixture.Documents.HeatmapFileName})", Markdown, StringComparison.Ordinal);
        // Only the heatmap is an image or a link.
        Assert.Single(LinkOrImage().Matches(Markdown));
    }

    [Fact]
    public void Quotes_use_french_guillemets_with_non_breaking_spaces()
    {
        Assert.Contains($"«{Nbsp}le car ne passe plus, les jeunes ne peuvent pas aller au lycée{Nbsp}» (Merville)", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("« ", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" »", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" :", Html.Replace(" :root", string.Empty, StringComparison.Ordinal)
            .Split("<style>")[0] + Html.Split("</style>")[1], StringComparison.Ordinal);
    }

    private static string SyntheseStart(SyntheseEnjeu enjeu) => enjeu.Text.Length > 30 ? enjeu.Text[..30] : enjeu.Text;

    private static string Escaped(string format, string text) =>
        format == "markdown"
            ? text.Replace("<", @"\<", StringComparison.Ordinal).Replace(">", @"\>", StringComparison.Ordinal)
                .Replace("*", @"\*", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal).Replace("]", @"\]", StringComparison.Ordinal)
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static void AssertInOrder(string document, IEnumerable<string> parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            var found = document.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"« {part} » not found after position {position}.");
            position = found + part.Length;
        }
    }

    [GeneratedRegex("src=\"([^\"]*)\"")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex(@"(?<!\\)\]\(")]
    private static partial Regex LinkOrImage();
}
