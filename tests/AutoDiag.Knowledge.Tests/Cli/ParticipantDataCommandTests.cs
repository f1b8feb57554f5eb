using System.Text.Json;
using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Participants;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AutoDiag.Knowledge.Tests.Participants.ParticipantDataDataset;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>
/// The operator's path to the rights of the people registered: <c>participant-export EMAIL_OU_NUMÉRO [FICHIER.json]</c> and
/// <c>participant-erase EMAIL_OU_NUMÉRO --reassign|--delete [--yes]</c>.
/// </summary>
public sealed class ParticipantDataCommandTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"participant-{Guid.NewGuid():N}");
    private TestDatabase database = null!;
    private ParticipantDataDataset data = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ParticipantDataDataset.CreateAsync(database);
    }

    public async Task DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        await database.DisposeAsync();
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunAsync(database, args);

    [Fact]
    public async Task Export_writes_the_participants_data_as_json_into_the_file()
    {
        var file = Path.Combine(folder, "sous-dossier", "paul.json");

        var (exitCode, output, error) = await RunAsync("participant-export", "Paul.Verhaeghe@Merville.fr", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains(file, output);
        Assert.DoesNotContain(PaulName, output);
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
        var participant = document.RootElement.GetProperty("participant");
        Assert.Equal(PaulName, participant.GetProperty("displayName").GetString());
        Assert.Equal(5, document.RootElement.GetProperty("answers").GetArrayLength());
        Assert.Equal(PaulsCode, document.RootElement.GetProperty("invitationsRedeemed")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Export_by_number_without_a_file_prints_the_json()
    {
        var (exitCode, output, _) = await RunAsync("participant-export", data.Claire.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(ClaireEmail, document.RootElement.GetProperty("participant").GetProperty("email").GetString());
        Assert.Equal("Mission Locale", document.RootElement.GetProperty("testimonies")[0].GetProperty("structure").GetString());
    }

    [Fact]
    public async Task Someone_without_an_e_mail_is_found_by_teams_id_or_by_name_and_a_shared_name_asks_for_the_number()
    {
        var byTeamsId = await RunAsync("participant-export", MarcChannelId);
        using (var marc = JsonDocument.Parse(byTeamsId.Output))
        {
            Assert.Equal(MarcName, marc.RootElement.GetProperty("participant").GetProperty("displayName").GetString());
        }
        var byName = await RunAsync("participant-export", "JEAN RELAIS");
        Assert.Equal(0, byName.ExitCode);
        using (var jean = JsonDocument.Parse(byName.Output))
        {
            Assert.Equal(JeanName, jean.RootElement.GetProperty("participant").GetProperty("displayName").GetString());
        }

        await using (var db = database.Open())
        {
            db.Participants.Add(new Participant { DisplayName = JeanName, Role = ParticipantRole.Elu, IntercommunalityId = data.IntercommunalityId });
            await db.SaveChangesAsync();
        }
        var (exitCode, _, error) = await RunAsync("participant-erase", JeanName, "--delete", "--yes");

        Assert.Equal(1, exitCode);
        Assert.Contains($"Plusieurs participants répondent à « {JeanName} » : n° {data.Jean.Id} (élu, CC Flandre Lys), n° ", error.Replace('\u00A0', ' '));
        Assert.Contains("Indiquez le numéro", error);
        await using var check = database.Open();
        Assert.Equal(2, await check.Participants.CountAsync(p => p.DisplayName == JeanName));
    }

    [Fact]
    public async Task An_unknown_participant_is_explained()
    {
        var (exitCode, _, error) = await RunAsync("participant-export", "personne@nulle-part.fr", Path.Combine(folder, "x.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Participant introuvable : « personne@nulle-part.fr »", error.Replace('\u00A0', ' '));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Erase_without_yes_says_what_would_be_erased_and_erases_nothing()
    {
        var (exitCode, output, error) = await RunAsync("participant-erase", PaulEmail, "--reassign");

        Assert.Equal(1, exitCode);
        var printed = output.Replace('\u00A0', ' ');
        Assert.Contains($"Serait effacé : participant n° {data.Paul.Id} (élu, CC Flandre Lys) {PaulName} <{PaulEmail}>", printed);
        Assert.Contains("réponses réattribuées à « élu anonyme » : 5", printed);
        Assert.Contains("niveaux de risque réattribués à « élu anonyme » : 3", printed);
        Assert.Contains("« élu anonyme » sera créé", printed);
        Assert.Contains("Ajoutez --yes pour effacer", error);
        await using var db = database.Open();
        Assert.True(await db.Participants.AnyAsync(p => p.Email == PaulEmail));
        Assert.Equal(5, await db.Answers.CountAsync(a => a.ParticipantId == data.Paul.Id));
        Assert.False(await db.Participants.AnyAsync(p => p.DisplayName == ParticipantDataService.AnonymousDisplayName));
    }

    [Fact]
    public async Task Erase_with_yes_erases_and_says_what_it_did_without_the_name()
    {
        var (exitCode, output, error) = await RunAsync("participant-erase", PaulEmail, "--delete", "--yes");

        Assert.True(exitCode == 0, error);
        var printed = output.Replace('\u00A0', ' ');
        Assert.Contains($"Effacé : participant n° {data.Paul.Id} (élu, CC Flandre Lys)", printed);
        Assert.Contains("réponses supprimées (avec leurs thèmes) : 5", printed);
        Assert.DoesNotContain(PaulName, printed);
        await using var db = database.Open();
        Assert.False(await db.Participants.AnyAsync(p => p.Email == PaulEmail || p.Id == data.Paul.Id));
        Assert.False(await db.Answers.AnyAsync(a => a.Text == "Le bus ne passe plus le samedi"));

        // The « élu anonyme » created for the fiche revision is no one to erase.
        var anonymousId = await db.Participants.Where(p => p.DisplayName == ParticipantDataService.AnonymousDisplayName).Select(p => p.Id).SingleAsync();
        var again = await RunAsync("participant-erase", anonymousId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--delete", "--yes");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("aucune donnée personnelle", again.Error);
    }

    [Theory]
    [InlineData("Choisissez ce que deviennent ses réponses : --reassign (gardées sous « élu anonyme ») ou --delete (effacées).")]
    [InlineData("Choisissez --reassign ou --delete, pas les deux.", "--reassign", "--delete")]
    public async Task An_erasure_without_its_one_choice_says_which_before_the_usage(string said, params string[] flags)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(["participant-erase", "paul@exemple.fr", .. flags], new StringWriter(), error));
        Assert.StartsWith(said, error.ToString().Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("participant-erase", "paul@exemple.fr")]
    [InlineData("participant-erase", "paul@exemple.fr", "--reassign", "--delete")]
    [InlineData("participant-erase", "paul@exemple.fr", "--reassign", "--force")]
    [InlineData("participant-export")]
    [InlineData("participant-export", "a", "b", "c")]
    public async Task Wrong_arguments_print_the_usage(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(args, new StringWriter(), error));
        Assert.Contains("autodiag-knowledge participant-erase EMAIL_OU_NUMÉRO --reassign|--delete [--yes]", error.ToString());
        Assert.Contains("autodiag-knowledge participant-export EMAIL_OU_NUMÉRO [FICHIER.json]", error.ToString());
    }
}
