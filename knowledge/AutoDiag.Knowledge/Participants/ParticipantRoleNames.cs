using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Participants;

/// <summary>The roles as written in French in a roster file: « élu », « élue », « secrétaire de mairie », « consultant », « administrateur ».</summary>
public static class ParticipantRoleNames
{
    private static readonly Dictionary<string, ParticipantRole> Names = new(StringComparer.Ordinal)
    {
        ["elu"] = ParticipantRole.Elu,
        ["elue"] = ParticipantRole.Elu,
        ["elu(e)"] = ParticipantRole.Elu,
        ["secretaire de mairie"] = ParticipantRole.SecretaireDeMairie,
        ["secretaire"] = ParticipantRole.SecretaireDeMairie,
        ["consultant"] = ParticipantRole.Consultant,
        ["consultante"] = ParticipantRole.Consultant,
        ["administrateur"] = ParticipantRole.Administrator,
        ["administratrice"] = ParticipantRole.Administrator,
    };

    public static ParticipantRole? Parse(string? text)
    {
        var key = string.Join(' ', RemoveAccents(text ?? string.Empty).ToLowerInvariant()
            .Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return Names.TryGetValue(key, out var role) ? role : null;
    }

    /// <summary>« Conseillère » → « Conseillere »: names typed with or without their accents compare alike.</summary>
    internal static string RemoveAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
