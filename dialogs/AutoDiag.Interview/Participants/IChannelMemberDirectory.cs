using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Participants;

/// <summary>What the channel knows about the user of a turn: here, their e-mail, to recognise a rostered person.</summary>
public interface IChannelMemberDirectory
{
    /// <summary>The user's e-mail, or null when the channel does not tell it (or the lookup fails).</summary>
    Task<string?> FindEmailAsync(ITurnContext turnContext, CancellationToken ct);
}
