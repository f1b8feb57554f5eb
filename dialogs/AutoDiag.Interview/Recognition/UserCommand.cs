namespace AutoDiag.Interview.Recognition;

/// <summary>What a participant can say at any point of the conversation.</summary>
public enum UserCommand
{
    None = 0,
    Help,
    Pause,
    /// <summary>« au revoir », « je dois y aller »: a pause when an interview runs, a goodbye otherwise.</summary>
    Goodbye,
    Cancel,
    Recap,
    Resume,
    /// <summary>« fiche commune »: fill the commune's fiche.</summary>
    CommuneProfile,
    /// <summary>« historique fiche »: the last changes of the commune's fiche.</summary>
    CommuneProfileHistory,
    /// <summary>« saisir pour un élu »: type the answers of an élu who does not use Teams.</summary>
    Relay,
    /// <summary>« inviter »: a consultant or an administrator creates an invitation code.</summary>
    Invite,
    /// <summary>« vue d'ensemble »: the consultant's communes × themes matrix.</summary>
    Overview,
    /// <summary>« témoignage »: a consultant records what a local actor said (phase 2).</summary>
    Testimony,
    /// <summary>« calendrier »: the dates of the démarche.</summary>
    Calendar,
    /// <summary>« fiche synthèse »: the draft fiche of the intercommunalité, to download.</summary>
    FicheSynthese,
    /// <summary>« exporter »: the answers as a spreadsheet, to download.</summary>
    Export,
    /// <summary>« stop rappels »: no more reminders from the bot.</summary>
    StopReminders,
    /// <summary>« reprendre les rappels »: reminders again after « stop rappels ».</summary>
    RestartReminders,
    /// <summary>« relancer »: a consultant reminds everyone of the intercommunalité who has not finished.</summary>
    RemindAll,
    /// <summary>Something that looks like a command (« /export ») but is not one of ours.</summary>
    Unknown,
}
