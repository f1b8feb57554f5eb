using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Participants;

public sealed class RosterCsvImporterTests : IAsyncLifetime
{
    private const string Header = "nom;email;role;intercommunalite;communes";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<RosterImportReport> ImportAsync(string csv) =>
        new RosterCsvImporter(database.Factory, TimeProvider.System).ImportAsync(new StringReader(csv));

    [Fact]
    public async Task A_good_file_enrols_everyone_with_their_email_and_no_teams_identity()
    {
        var report = await ImportAsync($"""
            {Header}
            Paul Martin;Paul.Martin@Merville.fr;élu;CC Flandre Lys;Merville
            Sophie Durand;mairie@estaires.fr;Secrétaire de mairie;cc flandre lys;estaires | la gorgue
            Claire Petit;claire.petit@conseil.example;consultante;CC Flandre Lys;
            Jean Roux;jean.roux@flandre-lys.example;administrateur;CC Flandre-Lys;
            """);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(4, report.ParticipantsAdded);
        await using var db = database.Open();
        var people = await db.Participants.Include(p => p.Communes).ThenInclude(c => c.Commune).OrderBy(p => p.Id).ToListAsync();
        Assert.All(people, p => Assert.Null(p.ChannelUserId));
        Assert.Equal(["paul.martin@merville.fr", "mairie@estaires.fr", "claire.petit@conseil.example", "jean.roux@flandre-lys.example"], people.Select(p => p.Email));
        Assert.Equal([ParticipantRole.Elu, ParticipantRole.SecretaireDeMairie, ParticipantRole.Consultant, ParticipantRole.Administrator], people.Select(p => p.Role));
        Assert.Equal(["Estaires", "La Gorgue"], people[1].Communes.OrderBy(c => c.Position).Select(c => c.Commune!.Name));
        Assert.Equal("Sophie Durand", people[1].DisplayName);
    }

    [Fact]
    public async Task Missing_columns_are_named_and_nothing_is_imported()
    {
        var report = await ImportAsync("""
            nom;email;communes
            Paul Martin;paul@merville.fr;Merville
            """);

        var error = Assert.Single(report.Errors);
        Assert.Contains("En-tête attendu : nom;email;role;intercommunalite;communes", error);
        Assert.Contains("role, intercommunalite", error);
        await AssertNobodyAsync();
    }

    [Fact]
    public async Task An_unknown_commune_or_role_is_reported_by_line_and_nothing_is_imported()
    {
        var report = await ImportAsync($"""
            {Header}
            Paul Martin;paul@merville.fr;élu;CC Flandre Lys;Merville
            Anne Leroy;anne@exemple.fr;élue;CC Flandre Lys;Merville|Saint-Trouvé
            Luc Blanc;luc@exemple.fr;maire;CC Flandre Lys;Estaires
            Eva Noir;eva@exemple.fr;élue;CC Inconnue du Sud;Estaires
            """);

        Assert.False(report.Succeeded);
        Assert.Equal(3, report.Errors.Count);
        Assert.StartsWith("Ligne 3 : commune « Saint-Trouvé » inconnue dans la CC Flandre Lys", report.Errors[0]);
        Assert.StartsWith("Ligne 4 : rôle « maire » inconnu", report.Errors[1]);
        Assert.StartsWith("Ligne 5 : intercommunalité « CC Inconnue du Sud » inconnue", report.Errors[2]);
        await AssertNobodyAsync();
    }

    [Fact]
    public async Task Duplicate_people_in_the_file_or_already_registered_are_reported_and_nothing_is_imported()
    {
        await using (var db = database.Open())
        {
            db.Participants.Add(new Participant
            {
                Email = "deja@exemple.fr",
                Role = ParticipantRole.Consultant,
                IntercommunalityId = await db.Intercommunalities.Select(i => i.Id).SingleAsync(),
            });
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync($"""
            {Header}
            Paul Martin;paul@merville.fr;élu;CC Flandre Lys;Merville
            Paul Martin bis;PAUL@merville.fr;élu;CC Flandre Lys;Estaires
            Déjà Là;Deja@exemple.fr;consultant;CC Flandre Lys;
            """);

        Assert.Equal(
            ["Ligne 3 : l'adresse e-mail paul@merville.fr figure déjà ligne 2.", "Ligne 4 : deja@exemple.fr est déjà inscrit(e)."],
            report.Errors);
        await using var check = database.Open();
        Assert.Equal(1, await check.Participants.CountAsync());
    }

    [Fact]
    public async Task Missing_values_and_an_elu_without_commune_are_explained()
    {
        var report = await ImportAsync($"""
            {Header}
            ;pas-une-adresse;élu;CC Flandre Lys;
            """);

        var error = Assert.Single(report.Errors);
        Assert.Equal("Ligne 2 : le nom est obligatoire ; l'adresse e-mail « pas-une-adresse » n'est pas valide.", error);
        await AssertNobodyAsync();
    }

    private async Task AssertNobodyAsync()
    {
        await using var db = database.Open();
        Assert.Empty(await db.Participants.ToListAsync());
    }
}
