namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// The short sentence that tells the élu something was masked, without repeating it (« Residents are not named
/// back », shared/spec/voice.md).
/// </summary>
public static class PersonalDataNotice
{
    /// <summary>
    /// « Par précaution, j'ai masqué un nom et un numéro de téléphone avant d'enregistrer votre réponse. »,
    /// or null when nothing was masked.
    /// </summary>
    public static string? For(MaskedText masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        if (!masked.HasMasked)
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

        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " et " + parts[^1];
        return $"Par précaution, j'ai masqué {list} avant d'enregistrer votre réponse.";
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
