using AutoDiag.Knowledge.Invitations;
using System.Globalization;
using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says about invitation codes, to the person invited and to the one who invites.</summary>
public static class InvitationTexts
{
    public const string AskCode =
        "Pour participer, il vous faut un code d'invitation, transmis par votre consultant ou votre intercommunalité. Tapez-le ici.";

    public const string CodeUnknown =
        "Je ne trouve pas ce code d'invitation. Vérifiez-le (8 caractères, par exemple K7P4-QX9M) et tapez-le de nouveau.";

    public const string CodeExpired =
        "Ce code d'invitation a expiré. Demandez-en un nouveau à votre consultant ou à votre intercommunalité, puis tapez-le ici.";

    public const string CodeUsed =
        "Ce code d'invitation a déjà servi : il ne sert qu'une fois. Demandez-en un nouveau à votre consultant ou à votre intercommunalité.";

    public const string AlreadyRegistered = "Votre inscription est déjà faite : ce code n'a pas été utilisé.";

    /// <summary>After a code: who they are for the démarche. The interview follows.</summary>
    public static string Enrolled(ParticipantProfile participant) =>
        $"C'est fait. {Participation(participant)}";

    /// <summary>A rostered person's first message.</summary>
    public static string RosterGreeting(ParticipantProfile participant) =>
        (string.IsNullOrWhiteSpace(participant.DisplayName) ? "Bonjour. " : $"Bonjour {Markup.Escape(participant.DisplayName)}. ")
        + Participation(participant);

    private static string Participation(ParticipantProfile participant) =>
        ParticipationTexts.Describe(participant.Role, participant.IntercommunalityName, participant.Communes.Select(c => c.Name).ToList());

    // Inviting.
    public const string NotAllowed = "Seuls les consultants et les administrateurs de la démarche peuvent inviter des participants.";

    public const string AskRole = "Quel sera le rôle de la personne invitée ?";


    public static string RoleRetry(IReadOnlyList<string> titles) =>
        $"Je n'ai pas compris le rôle. Choisissez {string.Join(" ou ", titles.Select(t => $"« {t} »"))}.";

    public static string AskCommunes(string intercommunality) =>
        $"Pour quelle(s) commune(s) de la {intercommunality} ? Cochez-les, ou écrivez leurs noms séparés par des virgules.";

    public static string Created(string code, DateTime expiresAtUtc) =>
        $"Code d'invitation : {Markup.Bold(code)} — valable jusqu'au {LocalDate(expiresAtUtc)}. Transmettez-le à la personne invitée ; il ne sert qu'une fois.";

    public const string Refused = "Je ne peux pas créer cette invitation : elle sort de ce que votre rôle permet.";

    private static string LocalDate(DateTime utc)
    {
        var local = utc;
        try
        {
            local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // No time zone data: the UTC date is at most a few hours off.
        }
        return local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    public static string Failure(RedemptionFailure? failure) => failure switch
    {
        RedemptionFailure.Expired => CodeExpired,
        RedemptionFailure.AlreadyUsed => CodeUsed,
        RedemptionFailure.AlreadyRegistered => AlreadyRegistered,
        _ => CodeUnknown,
    };

    public static string NowFollowing(IEnumerable<string> intercommunalities) =>
        $"C'est noté : vous suivez désormais {string.Join(" et ", intercommunalities)}.";
}
