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
    /// « Pour protéger les habitants, j'ai masqué un nom et un numéro de téléphone avant d'enregistrer la réponse. »,
    /// or null when nothing was masked. <paramref name="what"/> says where: « avant d'enregistrer la réponse »…
    /// </summary>
    public const string Answer = "avant d'enregistrer la réponse";
    public const string Comment = "avant d'enregistrer le commentaire";

    public const string Note = "avant d'enregistrer la note";
    public const string Testimony = "avant d'enregistrer le témoignage";
    public const string History = "avant d'enregistrer l'historique";

    /// <summary>A message offered to be added, not stored yet.</summary>
    public const string Offered = "dans ce message";

    private const string ContactToConsultant = "Pour transmettre un contact utile, donnez-le directement à votre consultant.";

    public static string? Masked(MaskedText? masked, string what = Answer) =>
        masked is { HasMasked: true } ? Masked(masked.Found, what) : null;

    /// <summary>The same sentence for what was masked across several fields (a témoignage's three); null when nothing was.</summary>
    public static string? Masked(IReadOnlyCollection<PersonalDataSpan>? found, string what)
    {
        if (found is not { Count: > 0 })
        {
            return null;
        }

        var parts = found.GroupBy(span => span.Kind).OrderBy(group => group.Key).Select(group => Describe(group.Key, group.Count())).ToList();
        var notice = $"Pour protéger les habitants, j'ai masqué {FrenchText.JoinWithEt(parts)} {what}.";
        // An élu who gave a number meant it to reach someone: it can, but not through the état des lieux.
        var contact = what is Answer or Comment or Offered && found.Any(span => span.Kind is PersonalDataKind.Phone or PersonalDataKind.Email);
        return contact ? notice + " " + ContactToConsultant : notice;
    }

    /// <summary>What was saved, then the sentence when something was masked in it.</summary>
    public static string WithMaskedNotice(string saved, IReadOnlyCollection<PersonalDataSpan>? found, string what, string separator) =>
        Masked(found, what) is { } notice ? saved + separator + notice : saved;

    private static string Describe(PersonalDataKind kind, int count) => (kind, count > 1) switch
    {
        (PersonalDataKind.Phone, false) => "un numéro de téléphone",
        (PersonalDataKind.Phone, true) => $"{Several(count)} numéros de téléphone",
        (PersonalDataKind.Email, false) => "une adresse e-mail",
        (PersonalDataKind.Email, true) => $"{Several(count)} adresses e-mail",
        (PersonalDataKind.StreetAddress, false) => "une adresse",
        (PersonalDataKind.StreetAddress, true) => $"{Several(count)} adresses",
        (PersonalDataKind.PersonName, false) => "un nom",
        (PersonalDataKind.PersonName, true) => $"{Several(count)} noms",
        (PersonalDataKind.Age, false) => "un âge",
        (PersonalDataKind.Age, true) => $"{Several(count)} âges",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>« deux noms et un âge », not « 2 noms et un âge »: small numbers in words, as in any French sentence.</summary>
    private static string Several(int count) => count switch
    {
        2 => "deux", 3 => "trois", 4 => "quatre", 5 => "cinq", 6 => "six", 7 => "sept", 8 => "huit", 9 => "neuf",
        _ => FrenchText.Number(count),
    };
}
