using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Documents;

/// <summary>
/// Short-lived download links served by the bot's host. A link is made for one viewer: when it is opened, the
/// document is generated then, under that viewer's rights as they are then.
/// </summary>
public interface IDocumentLinks
{
    /// <summary>How long a link works.</summary>
    TimeSpan Lifetime { get; }

    Uri LinkTo(DocumentKind kind, ParticipantProfile viewer, int intercommunalityId);
}
