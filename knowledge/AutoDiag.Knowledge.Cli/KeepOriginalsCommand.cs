using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Privacy;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>keep-originals INTERCOMMUNALITÉ [on|off]</c>: whether the intercommunalité keeps, beside the masked text, the text
/// as typed when the masking of residents' personal data changed it (<see cref="OriginalTextSettings"/>). Without on/off
/// it says the current choice. Off (the default) erases the originals kept so far. Acts as an administrator of the
/// intercommunalité.
/// </summary>
public sealed class KeepOriginalsCommand : ICommand
{
    private const string On = "on", Off = "off";

    public string Name => "keep-originals";

    public string Usage => $"\"CC Flandre Lys\" [{On}|{Off}] {CliDatabase.Usage}";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = CliDatabase.Positional(args);
        if (positional.Count is < 1 or > 2 || (positional.Count == 2 && positional[1] is not (On or Off)))
        {
            return 2;
        }

        var database = await CliDatabase.OpenAsync(args);
        if (await IntercommunalityArgument.ResolveAsync(database, positional[0], error) is not { } intercommunality)
        {
            return 1;
        }

        var name = ParticipantArgument.Quote(intercommunality.Name);
        var settings = new OriginalTextSettings(database, new AccessPolicy(NullLogger<AccessPolicy>.Instance), NullLogger<OriginalTextSettings>.Instance);
        if (positional.Count == 1)
        {
            await output.WriteLineAsync(await settings.KeepsOriginalsAsync(intercommunality.Id)
                ? $"{name}\u00A0: textes originaux conservés (à part, quand le masquage a modifié une réponse ou un commentaire)."
                : $"{name}\u00A0: textes originaux non conservés (seul le texte masqué est enregistré).");
            return 0;
        }

        var operatorProfile = CliOperator.For(intercommunality.Id, intercommunality.Name);
        var keep = positional[1] == On;
        var erased = await settings.SetKeepOriginalsAsync(operatorProfile, intercommunality.Id, keep);
        if (keep)
        {
            await output.WriteLineAsync(
                $"{name}\u00A0: textes originaux conservés. Quand le masquage modifie une réponse ou un commentaire de risque, le texte tel que "
                + "saisi est gardé à part\u00A0; il n'est jamais affiché dans Teams ni exporté, seulement inclus dans l'export des données du "
                + "participant (participant-export), et effacé avec lui.");
        }
        else
        {
            await output.WriteLineAsync(
                $"{name}\u00A0: textes originaux non conservés (seul le texte masqué est enregistré). Textes originaux effacés\u00A0: {erased}.");
        }
        return 0;
    }
}
