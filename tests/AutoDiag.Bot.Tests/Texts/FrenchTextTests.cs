using AutoDiag.Interview.Formatting;

namespace AutoDiag.Bot.Tests.Texts;

public sealed class FrenchTextTests
{
    [Theory]
    [InlineData("à Estaires le CCAS manque de bras", "À Estaires le CCAS manque de bras")]
    [InlineData("les jeunes mamans seules", "Les jeunes mamans seules")]
    [InlineData("CCAS débordé", "CCAS débordé")]
    [InlineData("« pas de bus »", "« pas de bus »")]
    [InlineData("", "")]
    public void A_sentence_starts_with_a_capital_accented_where_it_belongs(string text, string expected) =>
        Assert.Equal(expected, FrenchText.CapitalizeFirst(text));

    [Theory]
    [InlineData("jean-pierre leroy", "Jean-Pierre Leroy")]
    [InlineData("paul de la roche", "Paul de la Roche")]
    [InlineData("marie le goff", "Marie Le Goff")]
    [InlineData("jean la fontaine", "Jean La Fontaine")]
    [InlineData("anne d' hondt", "Anne d' Hondt")]
    [InlineData("Jean de LA FONTAINE", "Jean de LA FONTAINE")]
    public void A_name_typed_in_lower_case_gets_its_capitals(string typed, string expected) =>
        Assert.Equal(expected, FrenchText.CapitalizeName(typed));

    [Theory]
    [InlineData("Merville", "de Merville")]
    [InlineData("Estaires", "d'Estaires")]
    [InlineData("Le Doulieu", "du Doulieu")]
    [InlineData("Les Moëres", "des Moëres")]
    [InlineData("Île-Tudy", "d'Île-Tudy")]
    public void A_place_after_de_is_elided_or_contracted(string name, string expected) =>
        Assert.Equal(expected, FrenchText.Of(name));
}
