using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class MixedAnswerDetectorTests
{
    [Theory]
    [InlineData("Beaucoup de personnes âgées isolées, heureusement le club des aînés passe les voir chaque semaine", "Le club des aînés passe les voir chaque semaine")]
    [InlineData("Les familles ont du mal à se nourrir mais l'épicerie solidaire de la CC les aide", "L'épicerie solidaire de la CC les aide")]
    // « quand même » sits inside its clause, which starts at the « ; » or comma before it.
    [InlineData("Le bus ne passe plus le samedi ; on a quand même un transport à la demande", "On a quand même un transport à la demande")]
    [InlineData("Le bus ne passe plus le samedi, on a quand même un TAD", "On a quand même un TAD")]
    [InlineData("Plus de commerce, par contre le TAD marche bien", "Le TAD marche bien")]
    [InlineData("Beaucoup de familles au RSA, grâce au CCAS elles reçoivent des bons", "Grâce au CCAS elles reçoivent des bons")]
    // Typed on a phone: no accents, no capitals.
    [InlineData("pas de medecin le we mais heureusement les infirmieres passent a domicile", "Les infirmieres passent a domicile")]
    [InlineData("les jeunes s'ennuient, heureusement qu'il y a le club de foot", "Il y a le club de foot")]
    // A dot ends a sentence only before a space.
    [InlineData("Les P.A. sont isolées, heureusement les bénévoles du C.C.A.S. passent les voir", "Les bénévoles du C.C.A.S. passent les voir")]
    // The next contrast ends the clause.
    [InlineData("Les anciens sont seuls. Heureusement le CCAS passe les voir, mais aussi les voisins", "Le CCAS passe les voir")]
    public void At_the_difficulties_question_a_helper_after_a_contrast_is_offered_as_a_resource(string answer, string clause)
    {
        Assert.Equal(clause, MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Difficulty));
    }

    [Theory]
    [InlineData("Beaucoup de personnes âgées isolées, heureusement le club des aînés passe les voir chaque semaine", "Beaucoup de personnes âgées isolées")]
    [InlineData("Le bus ne passe plus le samedi, on a quand même un TAD", "Le bus ne passe plus le samedi")]
    [InlineData("Beaucoup de familles au RSA, grâce au CCAS elles reçoivent des bons", "Beaucoup de familles au RSA")]
    // The clause inside its sentence: the cut is shown.
    [InlineData("Les anciens sont seuls. Heureusement le CCAS passe les voir, mais aussi les voisins", "Les anciens sont seuls […] mais aussi les voisins")]
    [InlineData("Les jeunes s'ennuient, heureusement qu'il y a le club de foot. Et plus de bus le soir.", "Les jeunes s'ennuient […] Et plus de bus le soir.")]
    // Nothing to cut: no help in it, or a limit that needs its sentence, or no marker at all.
    [InlineData("Il n'y a plus de médecin mais les gens vont à Lille", "Il n'y a plus de médecin mais les gens vont à Lille")]
    [InlineData("Beaucoup de familles au RSA", "Beaucoup de familles au RSA")]
    public void The_difficulty_quoted_back_leaves_out_the_help_said_with_it(string answer, string quoted)
    {
        Assert.Equal(quoted, MixedAnswerDetector.WithoutOtherKindClause(answer, AnswerKind.Difficulty));
    }

    [Fact]
    public void A_clause_that_needs_its_whole_sentence_is_not_cut_out_of_it()
    {
        const string answer = "Il y a une épicerie solidaire mais elle est débordée";

        Assert.Equal(answer, MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Resource));
        Assert.Equal(answer, MixedAnswerDetector.WithoutOtherKindClause(answer, AnswerKind.Resource));
    }

    [Theory]
    [InlineData("Il n'y a plus de médecin mais les gens vont à Lille")] // a consequence, not a help
    [InlineData("Il y a une épicerie solidaire mais elle est débordée")] // the help comes before the contrast
    [InlineData("Heureusement le club des aînés passe les voir")] // only a resource: nothing before the marker
    [InlineData("Les personnes âgées sont isolées mais les associations n'ont plus de bénévoles")] // a lack, not a help
    [InlineData("Pas de médecin, on a quand même une pharmacie mais elle va fermer")] // a help taken back at once
    [InlineData("Les anciens sont seuls, heureusement le CCAS passe les voir, malheureusement pas le week-end")]
    [InlineData("Les familles s'en sortent grâce aux Restos du cœur")] // « grâce à » that opens no clause
    [InlineData("Les ados traînent, mais il y a de plus en plus de vols")] // « il y a », but no helper
    [InlineData("Le bus ne passe plus, on a quand même des soucis de mobilité")]
    [InlineData("Le CCAS, mais aussi l'ADMR et le club des aînés")] // « mais aussi » adds
    [InlineData("rien à signaler")]
    [InlineData("J'ai terminé")]
    [InlineData("")]
    public void At_the_difficulties_question_a_difficulty_alone_gets_no_offer(string answer)
    {
        Assert.Null(MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Difficulty));
    }

    [Theory]
    [InlineData("Le CCAS fait ce qu'il peut, mais il manque de bénévoles", "Il manque de bénévoles")]
    [InlineData("La médiathèque propose des ateliers, par contre les horaires ne conviennent pas aux actifs", "Les horaires ne conviennent pas aux actifs")]
    // A limit said of the resource (« elle », « trop cher ») is offered with it, to be read alone.
    [InlineData("Il y a une épicerie solidaire mais elle est débordée", "Il y a une épicerie solidaire mais elle est débordée")]
    [InlineData("La navette du marché, mais trop chère pour les petites retraites", "La navette du marché, mais trop chère pour les petites retraites")]
    [InlineData("Le club des aînés organise des repas, mais personne ne vient des hameaux", "Le club des aînés organise des repas, mais personne ne vient des hameaux")]
    // Only the sentence of the contrast.
    [InlineData("Pas grand-chose. France Services à Merville, très bien mais à 20 km", "France Services à Merville, très bien mais à 20 km")]
    [InlineData("msp ok mais saturee", "Msp ok mais saturee")]
    public void At_the_resources_question_a_limit_after_a_contrast_is_offered_as_a_difficulty(string answer, string clause)
    {
        Assert.Equal(clause, MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Resource));
    }

    [Theory]
    [InlineData("Le CCAS et l'épicerie solidaire")]
    [InlineData("Le club des aînés marche bien, mais c'est tout")] // no limit
    [InlineData("Le CCAS aide beaucoup, mais pas de souci particulier")] // says there is none
    [InlineData("La maison de santé, mais je n'ai pas d'autre idée")] // about the speaker
    [InlineData("Les jeunes voudraient travailler mais il n'y a pas d'emploi")] // a difficulty alone: no resource before
    [InlineData("Il n'y a plus de médecin mais les gens vont à Lille")]
    [InlineData("Rien, mais personne ne demande")] // nothing before the marker
    [InlineData("L'association organise la kermesse, mais aussi des sorties")]
    public void At_the_resources_question_a_resource_alone_gets_no_offer(string answer)
    {
        Assert.Null(MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Resource));
    }

    [Fact]
    public void A_clause_too_long_to_quote_is_not_offered()
    {
        var answer = "Le CCAS aide les familles, mais il manque de bénévoles " + string.Join(' ', Enumerable.Repeat("pour les permanences du samedi", 12));

        Assert.Null(MixedAnswerDetector.OtherKindClause(answer, AnswerKind.Resource));
    }

    [Fact]
    public void A_masked_resident_stays_masked_in_the_clause()
    {
        Assert.Equal("Les bénévoles du club passent voir Mme [nom] chaque jour",
            MixedAnswerDetector.OtherKindClause("Des aînés très seuls, heureusement les bénévoles du club passent voir Mme [nom] chaque jour", AnswerKind.Difficulty));
    }
}
