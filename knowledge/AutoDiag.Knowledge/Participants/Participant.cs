namespace AutoDiag.Knowledge.Participants;

/// <summary>A person taking part in the démarche, recognised by their Teams identity.</summary>
public class Participant
{
    public int Id { get; set; }
    /// <summary>
    /// The Teams user (aadObjectId), or the channel's user id outside Teams. Null until a rostered person
    /// first writes, and for an élu who never opens Teams and whose answers a secrétaire relays.
    /// </summary>
    public string? ChannelUserId { get; set; }
    public string? DisplayName { get; set; }
    /// <summary>From the roster: how a rostered person is recognised on their first message.</summary>
    public string? Email { get; set; }
    public ParticipantRole Role { get; set; }
    public int IntercommunalityId { get; set; }
    /// <summary>The communes this participant covers, in the order the interview takes them.</summary>
    public List<ParticipantCommune> Communes { get; set; } = [];
    /// <summary>A consultant may follow several intercommunalités besides <see cref="IntercommunalityId"/>.</summary>
    public List<ParticipantIntercommunality> OtherIntercommunalities { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>When « Ce que d'autres territoires ont fait » was shown for this participant's état des lieux: it is shown once.</summary>
    public DateTime? PistesSharedAt { get; set; }
}
