using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Cli;

/// <summary>The intercommunalité a command names, spelled as the operator remembers it (« cc flandre lys »).</summary>
internal static class IntercommunalityArgument
{
    /// <returns>The intercommunalité, or null once the French reason, with the names known, is written to <paramref name="error"/>.</returns>
    public static async Task<IntercommunalitySummary?> ResolveAsync(IDbContextFactory<AutoDiagDbContext> database, string typed, TextWriter error)
    {
        var intercommunalities = await new TerritoryDirectory(database).ListIntercommunalitiesAsync();
        var match = new NameMatcher(intercommunalities.Select(i => new NamedEntry(i.Id, i.Name))).Match(typed);
        if (match.Kind is NameMatchKind.Exact or NameMatchKind.Close)
        {
            return intercommunalities.Single(i => i.Id == match.Candidates[0].Id);
        }

        var known = string.Join(", ", intercommunalities.Select(i => i.Name));
        await error.WriteLineAsync($"Intercommunalité introuvable\u00A0: {ParticipantArgument.Quote(typed)}. Connues\u00A0: {known}.");
        return null;
    }
}
