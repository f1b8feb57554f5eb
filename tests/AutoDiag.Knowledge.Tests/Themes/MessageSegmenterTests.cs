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
    // An enumeration of three clauses or more, typed with plain commas and no capitals, is one item per clause.
    [InlineData("pas de medecin, pas de bus, les jeunes qui trainent, les vieux isolés",
        new[] { "pas de medecin", "pas de bus", "les jeunes qui trainent", "les vieux isolés" })]
    [InlineData("Les personnes âgées isolées dans les hameaux, le bus ne passe plus, pas de médecin, beaucoup de familles au RSA, logements insalubres, jeunes sans emploi",
        new[] { "Les personnes âgées isolées dans les hameaux", "le bus ne passe plus", "pas de médecin", "beaucoup de familles au RSA", "logements insalubres", "jeunes sans emploi" })]
    // The last clause of the run joined by « , et » counts in it (an élu's SMS, seen in a review: the first two clauses were one item).
    [InlineData("bcp de PA isolées sans TAD le mercredi, les jeunes trainent devant la salle des fetes le soir, et Mme [nom] n'a plus de chauffage",
        new[] { "bcp de PA isolées sans TAD le mercredi", "les jeunes trainent devant la salle des fetes le soir", "Mme [nom] n'a plus de chauffage" })]
    // Circumstances (« à Merville », « depuis 2020 ») and numbers (« 1,5 ») stay with their clause.
    [InlineData("à Merville, depuis 2020, les jeunes trainent, le bus passe 2 fois, le médecin est parti",
        new[] { "à Merville, depuis 2020, les jeunes trainent", "le bus passe 2 fois", "le médecin est parti" })]
    [InlineData("le loyer a pris 1,5 %, les jeunes partent, la crèche ferme",
        new[] { "le loyer a pris 1,5 %", "les jeunes partent", "la crèche ferme" })]
    [InlineData("le bus du matin, qui passait à 7h, est supprimé, la Poste ferme, les anciens sont seuls",
        new[] { "le bus du matin, qui passait à 7h, est supprimé", "la Poste ferme", "les anciens sont seuls" })]
    // A sentence end followed by a lower-case letter, and « / » between words.
    [InlineData("pas de medecin. les jeunes trainent! le bus ne passe plus", new[] { "pas de medecin.", "les jeunes trainent!", "le bus ne passe plus" })]
    [InlineData("bus supprimé / pas de place en ehpad", new[] { "bus supprimé", "pas de place en ehpad" })]
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
    [InlineData("A Merville, depuis 2020, les jeunes n'ont plus de bus")] // one clause and its circumstances
    [InlineData("les pers. âgées isolées")] // an abbreviation's dot before a lower-case letter
    [InlineData("environ 1,5 km à pied, 3 fois par semaine, 2 h de trajet")] // figures, not clauses
    [InlineData("la cantine/périscolaire")] // « / » inside a word pair
    [InlineData("Les gens sans voiture dépendent des voisins pour tout : courses, médecin, papiers.")] // single words
    [InlineData("les jeunes, le samedi, les anciens isolés, le bus ne passe plus")] // two clauses only
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
