using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Tests.Participants;

public sealed class EluTitleStripperTests
{
    [Theory]
    [InlineData("Jean Martin maire adjoint", "Jean Martin")]
    [InlineData("Jean Martin adjoint(e)", "Jean Martin")]
    [InlineData("Marie Durand, conseiller·e municipal·e", "Marie Durand")]
    [InlineData("Jean Martin, maire-adjoint", "Jean Martin")]
    [InlineData("M. Martin, adjoint aux affaires sociales", "Martin")]
    [InlineData("Mme Lefebvre (conseillère municipale)", "Lefebvre")]
    [InlineData("le maire, Paul Leroy", "Paul Leroy")]
    [InlineData("Paul Leroy - 1er adjoint", "Paul Leroy")]
    [InlineData("Paul Leroy – premier adjoint", "Paul Leroy")]
    [InlineData("Sophie Durand 2ème adjointe à la jeunesse", "Sophie Durand")]
    [InlineData("Madame Sophie Durand, deuxième adjointe", "Sophie Durand")]
    [InlineData("Monsieur le maire Paul Leroy", "Paul Leroy")]
    [InlineData("Mr Jean Martin", "Jean Martin")]
    [InlineData("Mlle Claire Petit élue", "Claire Petit")]
    [InlineData("paul durand conseiller municipal délégué", "paul durand")]
    [InlineData("Claire Petit, conseillère municipale déléguée aux écoles", "Claire Petit")]
    [InlineData("Anne Roux vice-présidente de la CC Flandre Lys", "Anne Roux")]
    [InlineData("Anne Roux, vice présidente", "Anne Roux")]
    [InlineData("Jean Martin président du CCAS", "Jean Martin")]
    [InlineData("notre adjoint Jean Martin", "Jean Martin")]
    [InlineData("l'adjointe aux affaires sociales Mme Lefebvre", "Lefebvre")]
    [InlineData("MARTIN Jean (Maire)", "MARTIN Jean")]
    [InlineData("M. Martin.", "Martin")]
    public void Civilities_and_functions_around_a_name_are_not_part_of_it(string typed, string name) =>
        Assert.Equal(name, EluTitleStripper.Strip(typed));

    [Theory]
    [InlineData("le maire")]
    [InlineData("Le Maire")]
    [InlineData("l'adjoint")]
    [InlineData("l’adjointe")]
    [InlineData("notre adjoint")]
    [InlineData("Monsieur le maire")]
    [InlineData("1er adjoint")]
    [InlineData("conseillère municipale")]
    [InlineData("M.")]
    public void A_function_alone_leaves_no_name(string typed) =>
        Assert.Equal(string.Empty, EluTitleStripper.Strip(typed));

    [Theory]
    [InlineData("Lemaire")]
    [InlineData("Paul Lemaire")]
    [InlineData("Paul Leconseiller")]
    [InlineData("Marie Le Goff")]
    [InlineData("Jean d'Ormesson")]
    [InlineData("Jean-Pierre de la Roche")]
    [InlineData("MARTIN Jean")]
    [InlineData("Martin, Jean")]
    [InlineData("Éloïse Adjani-Mairet")]
    [InlineData("[Reconnectez-vous](https://evil.example) **URGENT**")]
    public void A_name_without_civility_or_function_stays_as_typed(string typed) =>
        Assert.Equal(typed, EluTitleStripper.Strip(typed));

    [Theory]
    [InlineData("Paul Lemaire, maire", "Paul Lemaire")]
    [InlineData("M. Lemaire", "Lemaire")]
    [InlineData("Jean d'Ormesson maire", "Jean d'Ormesson")]
    [InlineData("Marie Le Goff adjointe", "Marie Le Goff")]
    public void Only_whole_words_are_stripped_and_the_rest_of_the_name_is_kept_as_typed(string typed, string name) =>
        Assert.Equal(name, EluTitleStripper.Strip(typed));
}
