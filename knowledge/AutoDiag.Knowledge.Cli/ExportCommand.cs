using System.Text;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>export INTERCOMMUNALITÉ DOSSIER</c>: writes into the folder what a consultant downloads from the bot — the
/// answers (CSV and XLSX) and the draft fiche synthèse (Markdown, HTML, heatmap PNG). The command line runs on the
/// server with the database's own rights, so it acts as an administrator of the intercommunalité.
/// </summary>
public sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => "\"CC Flandre Lys\" DOSSIER " + CliDatabase.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = CliDatabase.Positional(args);
        if (positional.Count != 2)
        {
            return 2;
        }

        var database = await CliDatabase.OpenAsync(args);
        if (await IntercommunalityArgument.ResolveAsync(database, positional[0], error) is not { } intercommunality)
        {
            return 1;
        }

        var operatorProfile = CliOperator.For(intercommunality.Id, intercommunality.Name);
        var themes = ThemeCatalog.LoadDefault();
        var access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
        var matrices = new ThemeMatrixService(database, themes, access, NullLogger<ThemeMatrixService>.Instance);
        var exports = new AnswerExportService(database, themes, access);
        var fiches = new FicheSyntheseService(database, themes, access, matrices, new Lazy<PisteSearch>(PisteSearch.LoadDefault), TimeProvider.System);

        var folder = Directory.CreateDirectory(positional[1]).FullName;
        var fiche = await fiches.GenerateAsync(operatorProfile, intercommunality.Id);
        var files = new Dictionary<string, byte[]>
        {
            ["reponses.csv"] = await exports.ExportCsvAsync(operatorProfile, intercommunality.Id),
            ["reponses.xlsx"] = await exports.ExportXlsxAsync(operatorProfile, intercommunality.Id),
            [fiche.FileBaseName + ".md"] = Encoding.UTF8.GetBytes(fiche.Markdown),
            [fiche.FileBaseName + ".html"] = Encoding.UTF8.GetBytes(fiche.Html),
            [fiche.FileBaseName + ".png"] = fiche.HeatmapPng,
        };
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
            await output.WriteLineAsync(Path.Combine(folder, name));
        }
        return 0;
    }
}
