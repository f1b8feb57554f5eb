using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class MessageSegmenterTests
{
    [Theory]
    [InlineData("le bus ne passe plus\nles jeunes s'ennuient", new[] { "le bus ne passe plus", "les jeunes s'ennuient" })]
    [InlineData("- transport\n- logement\r\n• santé", new[] { "transport", "logement", "santé" })]
    [InlineData("1. les crèches\n2) le TAD\na) la ML", new[] { "les crèches", "le TAD", "la ML" })]
    [InlineData("pas de médecin ; la Poste a fermé", new[] { "pas de médecin", "la Poste a fermé" })]
    [InlineData("les PA isolées, et les jeunes sans permis", new[] { "les PA isolées", "les jeunes sans permis" })]
    [InlineData("le CCAS est débordé, aussi les loyers augmentent", new[] { "le CCAS est débordé", "les loyers augmentent" })]
    [InlineData("les jeunes et aussi les anciens", new[] { "les jeunes", "les anciens" })]
    [InlineData("pas de souci côté logement, mais la crèche est pleine", new[] { "pas de souci côté logement", "la crèche est pleine" })]
    [InlineData("Plus de médecin. Les gens vont à 40 km.", new[] { "Plus de médecin.", "Les gens vont à 40 km." })]
    [InlineData("logement + transport", new[] { "logement", "transport" })]
    // A lack listed after a comma is a need of its own.
    [InlineData("Mme [nom] vit seule depuis le décès de son mari, plus de bus le samedi",
        new[] { "Mme [nom] vit seule depuis le décès de son mari", "plus de bus le samedi" })]
    [InlineData("les familles s'en vont, manque de logements, peu d'emplois",
        new[] { "les familles s'en vont", "manque de logements", "peu d'emplois" })]
    public void Split_FindsTheItemsOfAMessage(string text, string[] items)
    {
        Assert.Equal(items, MessageSegmenter.Split(text));
    }

    [Theory]
    [InlineData("Plus de médecin depuis 2019, les gens vont à 40 km")] // one need and its consequence
    [InlineData("les pers. âgées et les jeunes")] // an abbreviation's dot is not a sentence end
    [InlineData("Les jeunes aussi")]
    [InlineData("la sortie 11-25 ans")]
    [InlineData("2 allers-retours par jour, aucun le samedi")] // elliptic: « aucun » alone is no need
    [InlineData("les jeunes partent, pas de souci pour les anciens")] // « pas de » stays with what it qualifies
    public void Split_KeepsOneSentenceWhole(string text)
    {
        Assert.Equal([text], MessageSegmenter.Split(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n - \n;")]
    [InlineData("...")]
    public void Split_NoWord_NoItem(string text)
    {
        Assert.Empty(MessageSegmenter.Split(text));
    }
}
