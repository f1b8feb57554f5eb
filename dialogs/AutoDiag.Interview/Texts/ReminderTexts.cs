using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Reminders;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says about reminders: the reminder itself, « stop rappels », and a consultant's « relancer ».</summary>
public static class ReminderTexts
{
    /// <summary>
    /// « Bonjour ! Il vous reste à compléter l'état des lieux de Merville (ressources). Écrivez « reprendre » quand vous
    /// avez cinq minutes. Pour ne plus recevoir de rappels : « stop rappels ». »
    /// </summary>
    public static string Reminder(InterviewPosition position)
    {
        var left = position.CommuneCount - position.CommuneNumber;
        var then = left switch
        {
            <= 0 => string.Empty,
            1 => ", puis d'une autre commune",
            _ => $", puis de {left} autres communes",
        };
        return $"Bonjour ! Il vous reste à compléter l'état des lieux {FrenchText.Of(position.Commune?.Name ?? string.Empty)} ({StepName(position.Step)}){then}. " +
            "Écrivez « reprendre » quand vous avez cinq minutes. Pour ne plus recevoir de rappels : « stop rappels ».";
    }

    public const string Stopped =
        "C'est noté : je ne vous enverrai plus de rappels. Si vous changez d'avis : « reprendre les rappels ».";

    public static string Restarted(TimeSpan delay) =>
        $"C'est noté : les rappels reprennent. Si votre état des lieux n'avance pas pendant {Duration(delay)}, je vous enverrai un court rappel, en semaine entre 8 h et 19 h.";

    public const string NotRegistered = "Je ne vous envoie pas de rappels : votre inscription n'est pas encore faite.";

    public const string NotAllowed =
        "Relancer les élus est réservé aux consultants et aux administrateurs de l'intercommunalité.";

    /// <summary>
    /// « Rappel envoyé à 3 élus : A, B et C. 2 n'ont pas encore ouvert la conversation avec moi et ne peuvent pas être
    /// relancés ici : D et E. … »
    /// </summary>
    public static string RemindAllReport(RemindAllReport report)
    {
        if (!report.AnyUnfinished)
        {
            return $"Tout le monde a terminé l'état des lieux {FrenchText.OfIntercommunality(report.IntercommunalityName)} : personne à relancer.";
        }

        var lines = new List<string>
        {
            report.Reminded.Count == 0
                ? "Aucun rappel envoyé."
                : $"Rappel envoyé à {report.Reminded.Count} {People(report.Reminded)} : {Names(report.Reminded)}.",
        };
        if (report.NotReachable.Count > 0)
        {
            var plural = report.NotReachable.Count > 1;
            lines.Add($"{report.NotReachable.Count} {People(report.NotReachable)} {(plural ? "n'ont" : "n'a")} pas encore ouvert la conversation avec moi et ne {(plural ? "peuvent" : "peut")} pas être {(plural ? "relancés" : "relancé")} ici : {Names(report.NotReachable)}.");
        }
        if (report.Stopped.Count > 0)
        {
            lines.Add($"{report.Stopped.Count} {People(report.Stopped)} {(report.Stopped.Count > 1 ? "ont" : "a")} demandé à ne plus recevoir de rappels : {Names(report.Stopped)}.");
        }
        if (report.RecentlyReminded.Count > 0)
        {
            lines.Add($"{report.RecentlyReminded.Count} {People(report.RecentlyReminded)} {(report.RecentlyReminded.Count > 1 ? "ont" : "a")} déjà reçu un rappel il y a moins d'une heure : {Names(report.RecentlyReminded)}.");
        }
        if (report.Failed.Count > 0)
        {
            lines.Add($"L'envoi n'a pas abouti pour {Names(report.Failed)} : réessayez « relancer » dans quelques minutes.");
        }
        if (report.Finished > 0)
        {
            lines.Add(report.Finished > 1 ? $"{report.Finished} participants ont déjà terminé." : "1 participant a déjà terminé.");
        }
        if (report.OutsideSendingHours && report.Reminded.Count > 0)
        {
            lines.Add("Les rappels automatiques attendent les jours ouvrés entre 8 h et 19 h ; celui-ci est parti tout de suite, à votre demande.");
        }
        return string.Join(Markup.LineBreak, lines);
    }

    private static string StepName(InterviewStep step) => step switch
    {
        InterviewStep.Difficulties => "difficultés",
        InterviewStep.Resources => "ressources",
        InterviewStep.Risk => "risque d'aggravation",
        InterviewStep.Coverage => "thèmes non abordés",
        _ => "dernières questions",
    };

    /// <summary>« élus » when they all are, else « participants » (secrétaires de mairie among them).</summary>
    private static string People(IReadOnlyList<ParticipantProfile> people) =>
        people.All(p => p.Role == ParticipantRole.Elu)
            ? people.Count > 1 ? "élus" : "élu"
            : people.Count > 1 ? "participants" : "participant";

    private static string Names(IReadOnlyList<ParticipantProfile> people) =>
        FrenchText.JoinWithEt(people.Select(p => Markup.Escape(p.DisplayName ?? "(sans nom)")).ToList());

    /// <summary>« 3 jours », « 36 heures ».</summary>
    private static string Duration(TimeSpan delay) =>
        delay.Ticks % TimeSpan.TicksPerDay == 0
            ? $"{delay.Days} jour{(delay.Days > 1 ? "s" : string.Empty)}"
            : $"{Math.Max(1, (int)Math.Round(delay.TotalHours))} heure{(delay.TotalHours >= 1.5 ? "s" : string.Empty)}";
}
