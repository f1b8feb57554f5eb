using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>participant-erase EMAIL_OU_NUMÉRO --reassign|--delete [--yes]</c>: erases a participant's data (right to erasure),
/// their answers kept under the intercommunalité's « élu anonyme » (<c>--reassign</c>) or deleted (<c>--delete</c>).
/// Without <c>--yes</c> it only says what would be erased, and exits with 1. Acts as an administrator of the
/// participant's intercommunalité.
/// </summary>
public sealed class ParticipantEraseCommand : ICommand
{
    private const string Reassign = "--reassign", Delete = "--delete", Yes = "--yes";

    public string Name => "participant-erase";

    public string Usage => $"{ParticipantArgument.Usage} {Reassign}|{Delete} [{Yes}] {CliDatabase.Usage}";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = CliDatabase.Positional(args);
        var flags = positional.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var names = positional.Except(flags).ToList();
        var reassign = flags.Contains(Reassign);
        var delete = flags.Contains(Delete);
        if (names.Count != 1 || reassign == delete || flags.Any(f => f is not (Reassign or Delete or Yes)))
        {
            if (names.Count == 1 && reassign == delete)
            {
                // The one choice the command cannot make alone: say it before the usage.
                await error.WriteLineAsync(reassign
                    ? $"Choisissez {Reassign} ou {Delete}, pas les deux."
                    : $"Choisissez ce que deviennent ses réponses\u00a0: {Reassign} (gardées sous «\u00a0élu anonyme\u00a0») ou {Delete} (effacées).");
            }
            return 2;
        }
        var mode = reassign ? ErasureMode.ReassignToAnonymous : ErasureMode.Delete;
        var confirmed = flags.Contains(Yes);

        var database = await CliDatabase.OpenAsync(args);
        var (participant, problem) = await ParticipantArgument.ResolveAsync(database, names[0]);
        if (participant is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var service = ParticipantArgument.Service(database);
        ErasureReport report;
        try
        {
            report = confirmed
                ? await service.EraseAsync(participant.Operator(), participant.Id, mode)
                : await service.PreviewErasureAsync(participant.Operator(), participant.Id, mode);
        }
        catch (InvalidOperationException)
        {
            await error.WriteLineAsync(
                $"Le participant {participant.Reference} est un {ParticipantArgument.Quote(ParticipantDataService.AnonymousDisplayName)}\u00A0: "
                + "il ne contient aucune donnée personnelle à effacer.");
            return 1;
        }

        if (!confirmed)
        {
            await output.WriteLineAsync($"Serait effacé\u00A0: participant {participant.Description}");
            await WriteCountsAsync(output, report);
            await error.WriteLineAsync($"Rien n'a été effacé. Ajoutez {Yes} pour effacer.");
            return 1;
        }

        await output.WriteLineAsync($"Effacé\u00A0: participant {participant.Reference}");
        await WriteCountsAsync(output, report);
        return 0;
    }

    private static async Task WriteCountsAsync(TextWriter output, ErasureReport report)
    {
        var anonymous = ParticipantArgument.Quote(ParticipantDataService.AnonymousDisplayName);
        var lines = new (string Label, int Count)[]
        {
            ($"réponses réattribuées à {anonymous}", report.AnswersReassigned),
            ("réponses supprimées (avec leurs thèmes)", report.AnswersDeleted),
            ($"niveaux de risque réattribués à {anonymous}", report.RiskAssessmentsReassigned),
            ($"niveaux de risque fusionnés avec ceux d'{anonymous} (le plus élevé est gardé)", report.RiskAssessmentsMerged),
            ("niveaux de risque supprimés", report.RiskAssessmentsDeleted),
            ($"sections terminées réattribuées à {anonymous}", report.SectionCompletionsReassigned),
            ($"sections terminées déjà comptées pour {anonymous}", report.SectionCompletionsMerged),
            ("sections terminées supprimées", report.SectionCompletionsDeleted),
            ($"réponses et niveaux de risque saisis pour un élu (saisie attribuée à {anonymous})", report.EntriesTypedForOthersReassigned),
            ($"versions de fiche commune attribuées à {anonymous}", report.CommuneProfileRevisionsReassigned),
            ($"codes d'invitation créés (toujours valables), attribués à {anonymous}", report.InvitationsCreatedReassigned),
            ("codes d'invitation utilisés, supprimés", report.InvitationsRedeemedDeleted),
            ($"témoignages attribués à {anonymous}", report.TestimoniesReassigned),
            ($"notes attribuées à {anonymous}", report.ConsultantNotesReassigned),
            ($"marques {ParticipantArgument.Quote("relu")} attribuées à {anonymous}", report.ReviewMarksReassigned),
            ($"calendriers attribués à {anonymous}", report.CalendarsReassigned),
            ("états de conversation du bot supprimés", report.BotStatesDeleted),
            ("contact pour les rappels (conversation personnelle avec le bot) supprimé", report.ReminderContactsDeleted),
            ("textes originaux (avant masquage) effacés", report.OriginalTextsErased),
        };
        foreach (var (label, count) in lines.Where(l => l.Count > 0))
        {
            await output.WriteLineAsync($"  {label}\u00A0: {count}");
        }
        await output.WriteLineAsync("  nom, adresse e-mail, identifiant Teams, communes et rôle du participant\u00A0: supprimés");
        var holder = report.AnonymousParticipantId is { } anonymousId ? $"participant n°\u00A0{anonymousId}" : null;
        var line = (report.AnonymousParticipantCreated, holder) switch
        {
            (true, null) => $"  {anonymous} sera créé pour l'intercommunalité",
            (true, _) => $"  {anonymous} créé pour l'intercommunalité\u00A0: {holder}",
            (false, not null) => $"  {anonymous} de l'intercommunalité\u00A0: {holder}",
            _ => null,
        };
        if (line is not null)
        {
            await output.WriteLineAsync(line);
        }
    }
}
