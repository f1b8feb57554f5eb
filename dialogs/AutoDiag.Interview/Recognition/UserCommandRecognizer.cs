using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Recognition;

/// <summary>Recognises the commands of the conversation in what the participant typed.</summary>
public static class UserCommandRecognizer
{
    private static readonly Dictionary<string, UserCommand> Words = new()
    {
        ["aide"] = UserCommand.Help,
        ["help"] = UserCommand.Help,
        ["?"] = UserCommand.Help,
        ["pause"] = UserCommand.Pause,
        ["stop"] = UserCommand.Pause,
        ["annuler"] = UserCommand.Cancel,
        ["annule"] = UserCommand.Cancel,
        ["recap"] = UserCommand.Recap,
        ["recapitulatif"] = UserCommand.Recap,
        ["reprendre"] = UserCommand.Resume,
        ["reprise"] = UserCommand.Resume,
        ["continuer"] = UserCommand.Resume,
        ["commencer"] = UserCommand.Resume,
        ["saisir pour un elu"] = UserCommand.Relay,
        ["saisie pour un elu"] = UserCommand.Relay,
        ["saisir pour le compte d'un elu"] = UserCommand.Relay,
        ["pour le compte d'un elu"] = UserCommand.Relay,
        ["vue d'ensemble"] = UserCommand.Overview,
        ["tableau de bord"] = UserCommand.Overview,
        ["matrice"] = UserCommand.Overview,
        ["fiche commune"] = UserCommand.CommuneProfile,
        ["fiche de la commune"] = UserCommand.CommuneProfile,
        ["historique fiche"] = UserCommand.CommuneProfileHistory,
        ["historique de la fiche"] = UserCommand.CommuneProfileHistory,
        ["historique fiche commune"] = UserCommand.CommuneProfileHistory,
        ["inviter"] = UserCommand.Invite,
        ["invitation"] = UserCommand.Invite,
        ["nouvelle invitation"] = UserCommand.Invite,
        ["inviter quelqu'un"] = UserCommand.Invite,
        ["temoignage"] = UserCommand.Testimony,
        ["temoignages"] = UserCommand.Testimony,
        ["nouveau temoignage"] = UserCommand.Testimony,
        ["saisir un temoignage"] = UserCommand.Testimony,
        ["calendrier"] = UserCommand.Calendar,
        ["calendrier de la demarche"] = UserCommand.Calendar,
        ["fiche synthese"] = UserCommand.FicheSynthese,
        ["fiche de synthese"] = UserCommand.FicheSynthese,
        ["synthese"] = UserCommand.FicheSynthese,
        ["exporter"] = UserCommand.Export,
        ["export"] = UserCommand.Export,
        ["exports"] = UserCommand.Export,
        ["exporter les reponses"] = UserCommand.Export,
        ["stop rappels"] = UserCommand.StopReminders,
        ["stop rappel"] = UserCommand.StopReminders,
        ["stop aux rappels"] = UserCommand.StopReminders,
        ["stop les rappels"] = UserCommand.StopReminders,
        ["arreter les rappels"] = UserCommand.StopReminders,
        ["arreter rappels"] = UserCommand.StopReminders,
        ["arret des rappels"] = UserCommand.StopReminders,
        ["plus de rappels"] = UserCommand.StopReminders,
        ["plus de rappel"] = UserCommand.StopReminders,
        ["pas de rappels"] = UserCommand.StopReminders,
        ["desactiver les rappels"] = UserCommand.StopReminders,
        ["reprendre les rappels"] = UserCommand.RestartReminders,
        ["reprendre rappels"] = UserCommand.RestartReminders,
        ["reactiver les rappels"] = UserCommand.RestartReminders,
        ["relancer"] = UserCommand.RemindAll,
        ["relance"] = UserCommand.RemindAll,
        ["relancer les elus"] = UserCommand.RemindAll,
        ["relancer les participants"] = UserCommand.RemindAll,
    };

    public static UserCommand Recognize(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "?")
        {
            return UserCommand.Help;
        }

        var normalized = FrenchText.Normalize(trimmed).TrimStart('/');
        if (Words.TryGetValue(normalized, out var command))
        {
            return command;
        }
        // Only a single slash-word is an attempted command: « /export », not « 1/3 des familles ».
        return trimmed.StartsWith('/') && !normalized.Contains(' ') ? UserCommand.Unknown : UserCommand.None;
    }
}
