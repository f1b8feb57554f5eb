using AutoDiag.Interview.Recognition;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Bot.Tests.Recognition;

/// <summary>Risk levels as élus typed them when playing the interview: one level and its reason, two levels, or none yet.</summary>
public sealed class TypedRiskLevelTests
{
    [Theory]
    [InlineData("élevé", RiskLevel.Eleve, null)]
    [InlineData("Élevé : les jeunes partent", RiskLevel.Eleve, "les jeunes partent")]
    [InlineData("très élevé, la ligne ferme", RiskLevel.Eleve, "la ligne ferme")]
    [InlineData("je dirais élevé", RiskLevel.Eleve, null)]
    [InlineData("je pense que c'est élevé", RiskLevel.Eleve, null)]
    [InlineData("c'est pas grave", RiskLevel.Faible, null)]
    [InlineData("ce n'est pas grave", RiskLevel.Faible, null)]
    [InlineData("pas vraiment élevé", RiskLevel.Faible, null)]
    [InlineData("pas trop élevé", RiskLevel.Faible, null)]
    [InlineData("pas trop", RiskLevel.Faible, null)]
    [InlineData("peu important", RiskLevel.Faible, null)]
    [InlineData("peu élevé, le club tient encore", RiskLevel.Faible, "le club tient encore")]
    [InlineData("aucun risque", RiskLevel.Faible, null)]
    [InlineData("un peu", RiskLevel.Faible, null)]
    [InlineData("un peu élevé", RiskLevel.Modere, null)]
    [InlineData("un peu plus élevé qu'ailleurs", RiskLevel.Eleve, "un peu plus élevé qu'ailleurs")]
    [InlineData("je ne sais pas, peut-être modéré", RiskLevel.Modere, null)]
    [InlineData("moyenne", RiskLevel.Modere, null)]
    [InlineData("élevé car le médecin part en juin", RiskLevel.Eleve, "le médecin part en juin")]
    [InlineData("pas du tout eleve", RiskLevel.Faible, null)]
    [InlineData("pas eleve du tout", RiskLevel.Faible, null)]
    [InlineData("pas bien grave", RiskLevel.Faible, null)]
    [InlineData("rien de grave", RiskLevel.Faible, null)]
    [InlineData("pas tant que ca", RiskLevel.Faible, null)]
    [InlineData("un risque eleve", RiskLevel.Eleve, null)]
    [InlineData("je pense qu'il est eleve", RiskLevel.Eleve, null)]
    [InlineData("je crois que c'est eleve", RiskLevel.Eleve, null)]
    [InlineData("pour moi c'est eleve", RiskLevel.Eleve, null)]
    [InlineData("euh eleve", RiskLevel.Eleve, null)]
    [InlineData("oui eleve", RiskLevel.Eleve, null)]
    [InlineData("hyper eleve", RiskLevel.Eleve, null)]
    [InlineData("moyennement eleve", RiskLevel.Modere, null)]
    [InlineData("je sais pas trop, moyen", RiskLevel.Modere, null)]
    [InlineData("élevé, bonne journée", RiskLevel.Eleve, null)]
    [InlineData("modere 👍", RiskLevel.Modere, null)]
    [InlineData("élevé !!", RiskLevel.Eleve, null)]
    public void One_level_and_its_reason(string typed, RiskLevel level, string? reason)
    {
        Assert.True(TypedRiskLevel.TryParse(typed, out var parsed, out var comment));
        Assert.Equal((level, reason), (parsed, comment));
    }

    [Theory]
    [InlineData("je ne sais pas")]
    [InlineData("je ne sais pas trop")]
    [InlineData("non")]
    [InlineData("Le Secours populaire fait une distribution chaque mardi")]
    [InlineData("pas de bus le samedi")]
    [InlineData("rien")]
    public void Not_a_level(string typed) => Assert.False(TypedRiskLevel.TryParse(typed, out _, out _));

    [Theory]
    [InlineData("moyen à élevé", RiskLevel.Modere, RiskLevel.Eleve)]
    [InlineData("moyen-élevé", RiskLevel.Modere, RiskLevel.Eleve)]
    [InlineData("entre faible et modéré", RiskLevel.Faible, RiskLevel.Modere)]
    [InlineData("élevé ou modéré", RiskLevel.Modere, RiskLevel.Eleve)]
    public void Two_levels_are_a_range(string typed, RiskLevel low, RiskLevel high)
    {
        Assert.True(TypedRiskLevel.IsRange(typed, out var from, out var to));
        Assert.Equal((low, high), (from, to));
    }

    [Theory]
    [InlineData("peu élevé")]
    [InlineData("très élevé")]
    [InlineData("élevé")]
    public void One_level_is_no_range(string typed) => Assert.False(TypedRiskLevel.IsRange(typed, out _, out _));

    [Theory]
    [InlineData("je ne sais pas", true)]
    [InlineData("je ne sais pas trop", true)]
    [InlineData("difficile à dire", true)]
    [InlineData("faible", false)]
    public void Unsure(string typed, bool unsure) => Assert.Equal(unsure, TypedRiskLevel.IsUnsure(typed));

    [Theory]
    [InlineData("modéré", true)]
    [InlineData("plutôt élevé", true)]
    [InlineData("très peu", false)]
    [InlineData("peu de ressources", false)]
    [InlineData("3", false)]
    public void A_level_alone_where_a_description_is_asked(string typed, bool alone) =>
        Assert.Equal(alone, TypedRiskLevel.IsLevelAlone(typed));

    [Theory]
    [InlineData("non en fait c'est modéré", RiskLevel.Modere)]
    [InlineData("Non, en fait, modéré", RiskLevel.Modere)]
    [InlineData("finalement élevé", RiskLevel.Eleve)]
    [InlineData("je me suis trompé, faible", RiskLevel.Faible)]
    [InlineData("pardon je voulais dire élevé", RiskLevel.Eleve)]
    [InlineData("modéré", null)]
    [InlineData("plutôt modéré", null)]
    [InlineData("en fait le bus ne passe plus", null)]
    [InlineData("non", null)]
    public void A_level_given_again_to_change_the_last_one(string typed, RiskLevel? changedTo) =>
        Assert.Equal(changedTo, TypedRiskLevel.IsChangeOfMind(typed, out var level) ? level : null);
}
