using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Texts;

/// <summary>
/// Who someone is in the démarche, said back to them. The bot does not know whether it speaks to an élu or an élue, a
/// consultant or a consultante: each role is said with a verb rather than a title that would have to agree.
/// </summary>
public static class ParticipationTexts
{
    /// <summary>« Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville et Estaires. »</summary>
    public static string Describe(ParticipantRole role, string intercommunality, IReadOnlyList<string> communes)
    {
        var what = role switch
        {
            ParticipantRole.SecretaireDeMairie => $"Vous participez à l'état des lieux de la {intercommunality} comme secrétaire de mairie",
            ParticipantRole.Consultant => $"Vous accompagnez la {intercommunality} dans sa démarche",
            ParticipantRole.Administrator => $"Vous administrez la démarche de la {intercommunality}",
            _ => $"Vous participez à l'état des lieux de la {intercommunality}",
        };
        return communes.Count == 0 ? $"{what}." : $"{what}, pour {FrenchText.JoinWithEt(communes)}.";
    }
}
