using AutoDiag.Knowledge.Privacy;

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
        var key = string.Join(' ', TextTokens.Fold(text ?? string.Empty)
            .Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return Names.TryGetValue(key, out var role) ? role : null;
    }
}
