using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Reminders;

/// <summary>What a consultant's « relancer » did, participant by participant (each list by name).</summary>
/// <param name="Reminded">Sent now (or by another instance at the same moment).</param>
/// <param name="NotReachable">Never wrote to the bot in a personal chat: nothing to write to (relayed élus among them).</param>
/// <param name="Stopped">Said « stop rappels »: never reminded, not even by a consultant.</param>
/// <param name="RecentlyReminded">Reminded less than <see cref="ReminderService.ConsultantReminderGap"/> ago.</param>
/// <param name="Failed">The channel refused the message.</param>
/// <param name="Finished">How many have finished every commune.</param>
/// <param name="OutsideSendingHours">Sent at a time the automatic reminders avoid.</param>
public sealed record RemindAllReport(
    string IntercommunalityName,
    IReadOnlyList<ParticipantProfile> Reminded,
    IReadOnlyList<ParticipantProfile> NotReachable,
    IReadOnlyList<ParticipantProfile> Stopped,
    IReadOnlyList<ParticipantProfile> RecentlyReminded,
    IReadOnlyList<ParticipantProfile> Failed,
    int Finished,
    bool OutsideSendingHours)
{
    public bool AnyUnfinished => Reminded.Count + NotReachable.Count + Stopped.Count + RecentlyReminded.Count + Failed.Count > 0;
}
