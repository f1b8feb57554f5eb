using System.Globalization;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// What <c>participant-export</c> and <c>participant-erase</c> share: the participant named by an e-mail (case aside) or a
/// number, the command line acting as an administrator of that participant's intercommunalité (it runs on the server
/// with the database's own rights), French wording.
/// </summary>
internal static class ParticipantArgument
{
    public const string Usage = "EMAIL_OU_NUMÉRO";

    public sealed record Found(int Id, string? DisplayName, string? Email, ParticipantRole Role, int IntercommunalityId, string IntercommunalityName)
    {
        /// <summary>« n° 12 (élu, CC Flandre Lys) »: no name, for what may be kept in a terminal's history.</summary>
        public string Reference => $"n°\u00A0{Id} ({ExportLabels.Role(Role)}, {IntercommunalityName})";

        /// <summary>With the name and e-mail, so that the operator sees whom they are about to erase.</summary>
        public string Description =>
            $"{Reference}{(DisplayName is null ? string.Empty : " " + DisplayName)}{(Email is null ? string.Empty : $" <{Email}>")}";

        public ParticipantProfile Operator() => CliOperator.For(IntercommunalityId, IntercommunalityName);
    }

    /// <summary>
    /// The participant with this number, else this e-mail (case aside), else this Teams id (<c>aadObjectId</c>), else
    /// exactly this name (case aside) — for someone who joined with an invitation code and has no e-mail.
    /// </summary>
    /// <returns>The participant, or the French reason why none is chosen.</returns>
    public static async Task<(Found? Participant, string? Problem)> ResolveAsync(IDbContextFactory<AutoDiagDbContext> database, string typed)
    {
        await using var db = await database.CreateDbContextAsync();
        var text = typed.Trim();
        var email = RosterDirectory.NormalizeEmail(text);
        var participants = db.Participants.AsNoTracking();
        List<int> ids;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            ids = await participants.Where(p => p.Id == id).Select(p => p.Id).ToListAsync();
        }
        else if (text.Contains('@', StringComparison.Ordinal))
        {
            ids = await participants.Where(p => p.Email == email).Select(p => p.Id).ToListAsync();
        }
        else
        {
            ids = await participants.Where(p => p.ChannelUserId == text).Select(p => p.Id).ToListAsync();
            if (ids.Count == 0)
            {
                // Names compared here rather than in SQL, whose lower() ignores accents on SQLite.
                var names = await participants.Where(p => p.DisplayName != null).Select(p => new { p.Id, p.DisplayName }).ToListAsync();
                ids = names.Where(p => string.Equals(p.DisplayName!.Trim(), text, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).ToList();
            }
        }

        var matches = await participants.Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Join(db.Intercommunalities, p => p.IntercommunalityId, i => i.Id,
                (p, i) => new Found(p.Id, p.DisplayName, p.Email, p.Role, p.IntercommunalityId, i.Name))
            .ToListAsync();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"Participant introuvable\u00A0: {Quote(text)}. Indiquez son adresse e-mail, son numéro, son identifiant Teams ou son nom."),
            _ => (null, $"Plusieurs participants répondent à {Quote(text)}\u00A0: {string.Join(", ", matches.Select(m => m.Reference))}. Indiquez le numéro."),
        };
    }

    public static ParticipantDataService Service(IDbContextFactory<AutoDiagDbContext> database) => new(
        database, new AccessPolicy(NullLogger<AccessPolicy>.Instance), TimeProvider.System, NullLogger<ParticipantDataService>.Instance);

    /// <summary>« « x » » with the non-breaking spaces of French typography.</summary>
    public static string Quote(string text) => $"«\u00A0{text}\u00A0»";
}
