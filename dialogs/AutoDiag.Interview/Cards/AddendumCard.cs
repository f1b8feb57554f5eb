using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The offer to add a description that came where none was asked, or a clause of an answer as the kind not asked
/// (<see cref="Dialogs.AdditionOffer"/>). The buttons carry the message, masked, and
/// its source: a tap works whatever the conversation does meanwhile, a second tap stores nothing twice, and nothing
/// waits in the conversation's state — a message typed after the offer is a message of its own.
/// </summary>
public static class AddendumCard
{
    public const string AddAction = "addToEtatDesLieux";
    public const string CommuneField = "communeId";
    private const string KindField = "kind";
    private const string TextField = "message";
    private const string SourceField = "source";
    private const string ForField = "for";

    /// <param name="ask">The question above the buttons; the communes to choose from follow it when there are several.</param>
    /// <param name="likeliest">The commune checked at first among several, if one is likelier.</param>
    /// <param name="forParticipantId">The élu whose état des lieux it goes to, when someone else types it (a relay).</param>
    public static Attachment Create(
        string ask, IReadOnlyList<CommuneRef> communes, string maskedText, string source, CommuneRef? likeliest = null, int? forParticipantId = null)
    {
        var body = new List<JObject> { AdaptiveCard.Text(ask) };
        if (communes.Count > 1)
        {
            body.Add(AdaptiveCard.ChoiceSet(CommuneField, AddendumTexts.CommuneLabel,
                communes.Select(c => (c.Name, c.Id.ToString(CultureInfo.InvariantCulture))), multiSelect: false, AddendumTexts.CommuneRequired,
                likeliest?.Id.ToString(CultureInfo.InvariantCulture)));
        }

        var commune = communes.Count == 1 ? communes[0] : null;
        return AdaptiveCard.Create(body,
        [
            AdaptiveCard.Submit(AddendumTexts.AsDifficulty, Data(AnswerKind.Difficulty, commune, maskedText, source, forParticipantId)),
            AdaptiveCard.Submit(AddendumTexts.AsResource, Data(AnswerKind.Resource, commune, maskedText, source, forParticipantId)),
        ]);
    }

    /// <summary>
    /// The one-kind offer: a clause of an answer that reads as the kind not asked, for the commune asked about. The kind is
    /// known, so one button says it.
    /// </summary>
    public static Attachment CreateOneKind(string ask, AnswerKind kind, CommuneRef commune, string maskedText, string source, int? forParticipantId = null) =>
        AdaptiveCard.Create([AdaptiveCard.Text(ask)], [AdaptiveCard.Submit(AddendumTexts.AddAs(kind), Data(kind, commune, maskedText, source, forParticipantId))]);

    /// <param name="commune">Null when the élu chooses it on the card.</param>
    private static JObject Data(AnswerKind kind, CommuneRef? commune, string maskedText, string source, int? forParticipantId)
    {
        var data = CardActions.Data(AddAction, (KindField, kind.ToString()), (TextField, maskedText), (SourceField, source));
        if (commune is not null)
        {
            data[CommuneField] = commune.Id.ToString(CultureInfo.InvariantCulture);
        }
        if (forParticipantId is int subject)
        {
            data[ForField] = subject.ToString(CultureInfo.InvariantCulture);
        }
        return data;
    }

    public static bool IsAddendum(object? value) => CardActions.Of(value) == AddAction;

    /// <summary>What to add where, and for whom (null: the typist); false when a field is missing (no commune chosen) or was tampered with.</summary>
    public static bool TryRead(JObject submit, out AnswerKind kind, out int communeId, out string text, out string source, out int? forParticipantId)
    {
        text = submit.Text(TextField) ?? string.Empty;
        source = submit.Text(SourceField) ?? string.Empty;
        communeId = 0;
        forParticipantId = null;
        if (submit.Text(ForField) is { } subject)
        {
            if (!int.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                kind = default;
                return false;
            }
            forParticipantId = id;
        }
        return Enum.TryParse(submit.Text(KindField), out kind) && kind is AnswerKind.Difficulty or AnswerKind.Resource
            && int.TryParse(submit.Text(CommuneField), NumberStyles.None, CultureInfo.InvariantCulture, out communeId)
            && text.Length > 0 && source.Length > 0;
    }
}
