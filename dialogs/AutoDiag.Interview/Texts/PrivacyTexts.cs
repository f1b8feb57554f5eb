using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Interview.Texts;

/// <summary>
/// The short sentence that tells the élu something was masked, without repeating it (« Residents are not named
/// back », shared/spec/voice.md).
/// </summary>
public static class PrivacyTexts
{
    /// <summary>
    /// « Par précaution, j'ai masqué un nom et un numéro de téléphone avant d'enregistrer la réponse. »,
    /// or null when nothing was masked. <paramref name="what"/> is what was stored: « la réponse », « le commentaire ».
    /// </summary>
    public const string Answer = "la réponse";
    public const string Comment = "le commentaire";

    public static string? Masked(MaskedText? masked, string what = Answer)
    {
        if (masked is not { HasMasked: true })
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var count = masked.Count(kind);
            if (count > 0)
            {
                parts.Add(Describe(kind, count));
            }
        }

        return $"Par précaution, j'ai masqué {FrenchText.JoinWithEt(parts)} avant d'enregistrer {what}.";
    }

    private static string Describe(PersonalDataKind kind, int count) => (kind, count > 1) switch
    {
        (PersonalDataKind.Phone, false) => "un numéro de téléphone",
        (PersonalDataKind.Phone, true) => $"{count} numéros de téléphone",
        (PersonalDataKind.Email, false) => "une adresse e-mail",
        (PersonalDataKind.Email, true) => $"{count} adresses e-mail",
        (PersonalDataKind.StreetAddress, false) => "une adresse",
        (PersonalDataKind.StreetAddress, true) => $"{count} adresses",
        (PersonalDataKind.PersonName, false) => "un nom",
        (PersonalDataKind.PersonName, true) => $"{count} noms",
        (PersonalDataKind.Age, false) => "un âge",
        (PersonalDataKind.Age, true) => $"{count} âges",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
