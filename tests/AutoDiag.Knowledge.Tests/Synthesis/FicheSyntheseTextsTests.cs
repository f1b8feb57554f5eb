using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Knowledge.Tests.Synthesis;

public sealed class FicheSyntheseTextsTests
{
    private const string Nbsp = FicheSyntheseTexts.Nbsp;

    [Theory]
    [InlineData(2017, 3, 28, "28 mars 2017")]
    [InlineData(2018, 5, 17, "17 mai 2018")]
    [InlineData(2017, 1, 1, "1er janvier 2017")]
    [InlineData(2016, 12, 3, "3 décembre 2016")]
    [InlineData(2017, 8, 31, "31 août 2017")]
    public void Dates_are_written_in_french(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FicheSyntheseTexts.Date(new DateOnly(year, month, day)));

    [Fact]
    public void Numbers_and_population_use_non_breaking_spaces() =>
        Assert.Equal($"40{Nbsp}239 habitants (2019)", FicheSyntheseTexts.Population(40_239, 2019));

    [Theory]
    [InlineData(null, null, false, "Population non renseignée")]
    [InlineData(4500, null, false, "4\u00a0500 habitants")]
    [InlineData(4500, 2022, true, "4\u00a0500 habitants (2022, total des fiches communes)")]
    [InlineData(4500, null, true, "4\u00a0500 habitants (total des fiches communes)")]
    public void A_population_says_whether_it_is_the_total_of_the_fiches_communes(int? population, int? year, bool summed, string expected) =>
        Assert.Equal(expected, FicheSyntheseTexts.Population(population, year, summed));

    [Fact]
    public void A_constat_names_its_communes_or_says_all_of_them_and_counts_long_risk_lists()
    {
        Assert.Equal(
            $"Difficultés relevées dans 1 commune sur 8 (Estaires), 1 réponse{Nbsp}; risque d'aggravation pas encore évalué.",
            FicheSyntheseTexts.Constat(["Estaires"], 8, 1, []));

        var all = Enumerable.Range(1, 12).Select(i => $"C{i}").ToList();
        Assert.Equal(
            $"Difficultés relevées dans 12 communes sur 12 (toutes les communes), 1{Nbsp}040 réponses{Nbsp}; risque d'aggravation jugé élevé dans 9 communes{Nbsp}; faible à C10 et C11 (voir la carte des risques).",
            FicheSyntheseTexts.Constat(all, 12, 1_040, [(RiskLevel.Faible, all[9..11]), (RiskLevel.Eleve, all[..9])]));
    }

    [Fact]
    public void A_piste_quoted_from_another_territory_gets_french_typography() =>
        Assert.Equal(
            $"CC du Pays de Lumbres — un service «{Nbsp}enfance jeunesse{Nbsp}» mutualisé{Nbsp}: accueil des «{Nbsp}invisibles{Nbsp}»",
            Piste.Cite("CC du Pays de Lumbres", "un service « enfance jeunesse » mutualisé : accueil des « invisibles »"));
}
