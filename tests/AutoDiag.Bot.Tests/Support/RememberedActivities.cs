using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>The message ids the redelivery guard keeps in the stored conversation states.</summary>
public static class RememberedActivities
{
    /// <param name="conversationId">Only this conversation's; all conversations' when null.</param>
    public static async Task<IReadOnlyList<string>> InAsync(AutoDiagDbContext db, string? conversationId = null)
    {
        var states = await db.BotStates.Where(s => s.Key.Contains("/conversations/")).ToListAsync();
        return states
            .Where(s => conversationId is null || s.Key.EndsWith("/conversations/" + conversationId, StringComparison.Ordinal))
            .SelectMany(s => JObject.Parse(s.Document)[RedeliveryGuardMiddleware.RecentActivityIdsProperty]?["$values"]?.Values<string>() ?? [])
            .OfType<string>()
            .ToList();
    }
}
