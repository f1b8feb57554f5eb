using System.Text;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>participant-export EMAIL_OU_NUMÉRO [FICHIER.json]</c>: everything stored about a participant (right of access,
/// RGPD art. 15) as indented UTF-8 JSON, into the file or on the standard output. Acts as an administrator of the
/// participant's intercommunalité.
/// </summary>
public sealed class ParticipantExportCommand : ICommand
{
    public string Name => "participant-export";

    public string Usage => $"{ParticipantArgument.Usage} [FICHIER.json] {CliDatabase.Usage}";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = CliDatabase.Positional(args);
        if (positional.Count is < 1 or > 2 || positional.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            return 2;
        }

        var database = await CliDatabase.OpenAsync(args);
        var (participant, problem) = await ParticipantArgument.ResolveAsync(database, positional[0]);
        if (participant is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var export = await ParticipantArgument.Service(database).ExportAsync(participant.Operator(), participant.Id);
        var json = export.ToJson();
        if (positional.Count == 1)
        {
            await output.WriteLineAsync(Encoding.UTF8.GetString(json));
            return 0;
        }

        var file = Path.GetFullPath(positional[1]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, json);
        await output.WriteLineAsync($"Données du participant {participant.Reference} écrites dans {file}");
        return 0;
    }
}
