using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Interview.Participants;

/// <summary>
/// Asks Teams for the member's profile (<see cref="TeamsInfo.GetMemberAsync"/>): their e-mail, else their user
/// principal name. Only on the msteams channel; any failure reads as « no e-mail ».
/// </summary>
public sealed class TeamsChannelMemberDirectory(ILogger<TeamsChannelMemberDirectory> logger) : IChannelMemberDirectory
{
    public async Task<string?> FindEmailAsync(ITurnContext turnContext, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId != Channels.Msteams || string.IsNullOrEmpty(activity.From?.Id))
        {
            return null;
        }

        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, activity.From.Id, ct);
            var email = string.IsNullOrWhiteSpace(member?.Email) ? member?.UserPrincipalName : member.Email;
            return string.IsNullOrWhiteSpace(email) ? null : email;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogInformation(e, "Teams member lookup failed for {UserId}; treated as no e-mail", activity.From.Id);
            return null;
        }
    }
}
