using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Participants;

/// <summary>The participant behind the turn, looked up once per turn.</summary>
public sealed class CurrentParticipant(ParticipantDirectory directory)
{
    private const string TurnStateKey = "AutoDiag.Participant";

    public async Task<ParticipantProfile?> GetAsync(ITurnContext turnContext, CancellationToken ct)
    {
        if (turnContext.TurnState.Get<ParticipantProfile>(TurnStateKey) is { } cached)
        {
            return cached;
        }

        var participant = await directory.FindAsync(ChannelUser.IdOf(turnContext.Activity), ct);
        if (participant is not null)
        {
            turnContext.TurnState.Set(TurnStateKey, participant);
        }
        return participant;
    }

    /// <summary>After a registration, the next lookup must see the new profile.</summary>
    public void Forget(ITurnContext turnContext) => turnContext.TurnState.Remove(TurnStateKey);
}
