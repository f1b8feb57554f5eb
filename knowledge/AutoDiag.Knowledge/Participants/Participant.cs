namespace AutoDiag.Knowledge.Participants;

/// <summary>A person taking part in the démarche, recognised by their Teams identity.</summary>
public class Participant
{
    public int Id { get; set; }
    /// <summary>The Teams user (aadObjectId), or the channel's user id outside Teams.</summary>
    public required string ChannelUserId { get; set; }
    public string? DisplayName { get; set; }
    public ParticipantRole Role { get; set; }
    public int IntercommunalityId { get; set; }
    /// <summary>The communes this participant covers, in the order the interview takes them.</summary>
    public List<ParticipantCommune> Communes { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}
