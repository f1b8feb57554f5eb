using System.Collections.Concurrent;
using AutoDiag.Interview.Participants;
using AutoDiag.Knowledge.Reminders;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace AutoDiag.Bot.Reminders;

/// <summary>
/// Keeps, for each registered participant, the reference of their personal chat and the time of their last message
/// there (what reminders are sent to and counted from). One database write per message at most, and none when the
/// same participant wrote through the same conversation less than a minute ago on this instance.
/// </summary>
public sealed class ConversationReferenceRecorder(
    CurrentParticipant currentParticipant, ReminderService reminders, TimeProvider clock, ILogger<ConversationReferenceRecorder> logger)
{
    /// <summary>A minute of imprecision on a delay of days is nothing; a write per message of a busy élu is something.</summary>
    public static readonly TimeSpan WriteAtMostEvery = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly ConcurrentDictionary<int, (string Reference, DateTimeOffset WrittenAt)> lastWrites = new();

    /// <summary>After a message of the personal chat. Never fails the turn: a reminder less is better than an error.</summary>
    public async Task RecordAsync(ITurnContext turnContext, CancellationToken ct)
    {
        try
        {
            if (await currentParticipant.GetAsync(turnContext, ct) is not { } participant)
            {
                return;
            }

            var reference = turnContext.Activity.GetConversationReference();
            // The message's own id changes every time and is not needed to write to the conversation.
            reference.ActivityId = null;
            var json = JsonConvert.SerializeObject(reference, Json);
            var now = clock.GetUtcNow();
            if (lastWrites.TryGetValue(participant.Id, out var last) && last.Reference == json && now - last.WrittenAt < WriteAtMostEvery)
            {
                return;
            }

            await reminders.RecordMessageAsync(participant.Id, json, ct);
            lastWrites[participant.Id] = (json, now);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not record the conversation reference of conversation {ConversationId}.", turnContext.Activity.Conversation?.Id);
        }
    }
}
