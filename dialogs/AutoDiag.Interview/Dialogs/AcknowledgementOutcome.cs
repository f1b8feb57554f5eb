namespace AutoDiag.Interview.Dialogs;

/// <summary>What a tap on an acknowledgement's button did, for <see cref="MainDialog"/> to go on from.</summary>
/// <param name="MovedParticipantId">
/// The participant whose interview the stored answers may now lead elsewhere (a withdrawal, a theme added by whoever
/// answered or typed), or null: a risk level changed or a consultant's correction moves no interview.
/// </param>
/// <param name="SaidInPlace">
/// All of it was said in the place of the card tapped: the question open is still the conversation's last message, and
/// is asked again only if the answers now lead elsewhere.
/// </param>
public sealed record AcknowledgementOutcome(int? MovedParticipantId = null, bool SaidInPlace = false)
{
    /// <summary>Nothing changed, or what changed moves no interview; said below the card.</summary>
    public static readonly AcknowledgementOutcome Said = new();
}
