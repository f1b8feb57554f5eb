namespace AutoDiag.Dialogs.Prompts;

/// <summary>The French words of <see cref="ConfirmPrompt"/>, kept together so that the vocabulary is reviewed in one place.</summary>
/// <remarks>
/// Matching ignores case, accents and punctuation ("Bien sûr !" = "bien sur"). A phrase may also appear within a
/// longer answer ("oui, bien sûr"); the longest phrase wins, hence the negated forms ("pas d'accord").
/// One-letter words only match a whole answer.
/// </remarks>
internal static class ConfirmVocabulary
{
    public const string Yes = "Oui";
    public const string No = "Non";

    public static readonly string[] YesSynonyms =
    [
        "o", "ouais", "ouaip", "yes", "ok", "okay", "d'accord", "daccord", "bien sûr", "évidemment", "absolument",
        "tout à fait", "exactement", "exact", "certainement", "carrément", "volontiers", "c'est ça", "affirmatif",
    ];

    public static readonly string[] NoSynonyms =
    [
        "n", "nan", "no", "non merci", "pas du tout", "pas d'accord", "pas vraiment", "absolument pas", "jamais",
        "aucunement", "surtout pas", "négatif",
    ];
}
