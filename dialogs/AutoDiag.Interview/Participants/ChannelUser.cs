using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Participants;

public static class ChannelUser
{
    /// <summary>The Teams user (<c>from.aadObjectId</c>), else the channel's user id.</summary>
    public static string IdOf(IActivity activity) =>
        string.IsNullOrEmpty(activity.From?.AadObjectId) ? activity.From?.Id ?? string.Empty : activity.From.AadObjectId;
}
