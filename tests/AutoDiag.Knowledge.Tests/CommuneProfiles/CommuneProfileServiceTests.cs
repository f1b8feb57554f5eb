using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.CommuneProfiles;

/// <summary>The fiche commune: every field validated, every save kept with who and when, read and written only by those it concerns.</summary>
public sealed class CommuneProfileServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);

    private readonly Mock<IThemeCategorizer> categorizer = new();
    private readonly Mock<TimeProvider> clock = new();
    private TestDatabase database = null!;
    private CommuneProfileService profiles = null!;
    private ParticipantDirectory directory = null!;
    private ParticipantProfile secretaire = null!;
    private int intercommunalityId;
    private int merville;
    private int estaires;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        clock.Setup(c => c.GetUtcNow()).Returns(() => Now);
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(new ThemeCategorization([], ReportsNoDifficulty: false));
        profiles = new CommuneProfileService(database.Factory, categorizer.Object, new AccessPolicy(NullLogger<AccessPolicy>.Instance), clock.Object);

        await using var db = database.Open();
        var communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        (merville, estaires) = (communes["Merville"], communes["Estaires"]);
        intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
        directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        secretaire = await directory.RegisterAsync(new Registration("aad-1", "Marie Dupont", ParticipantRole.SecretaireDeMairie, intercommunalityId, [merville]));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static CommuneProfileInput Input(
        int? population = 4120, int? year = 2021, int? households = 1650, IReadOnlyList<string>? services = null,
        string? associations = null, string? contact = null) =>
        new(population, year, households, services ?? [CommuneService.Ecole, CommuneService.Pharmacie], associations, contact);

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    public static TheoryData<int?, int?, int?, CommuneProfileField, string> InvalidValues => new()
    {
        { 0, 2021, null, CommuneProfileField.Population, "La population doit être un nombre positif." },
        { -12, 2021, null, CommuneProfileField.Population, "La population doit être un nombre positif." },
        { 40_240, 2021, null, CommuneProfileField.Population, "La population ne peut pas dépasser celle de l'intercommunalité (40 239 habitants)." },
        { 4120, 2027, null, CommuneProfileField.PopulationYear, "L'année ne peut pas être dans le futur." },
        { 4120, 1850, null, CommuneProfileField.PopulationYear, "L'année doit être celle du chiffre de population, par exemple 2023." },
        { 4120, null, null, CommuneProfileField.PopulationYear, "Indiquez l'année de ce chiffre de population." },
        { 4120, 2021, 4121, CommuneProfileField.Households, "Le nombre de ménages ne peut pas dépasser la population (4 120 habitants)." },
        { 4120, 2021, 0, CommuneProfileField.Households, "Le nombre de ménages doit être un nombre positif." },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public async Task An_invalid_value_is_explained_and_nothing_is_stored(int? population, int? year, int? households, CommuneProfileField field, string explanation)
    {
        var result = await profiles.SaveAsync(secretaire, merville, Input(population, year, households));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(explanation, Plain(problem.Explanation));
        await using var db = database.Open();
        Assert.Empty(await db.CommuneProfileRevisions.ToListAsync());
    }

    [Fact]
    public async Task The_current_year_is_accepted_and_the_next_one_is_not_according_to_the_clock()
    {
        Assert.True((await profiles.SaveAsync(secretaire, merville, Input(year: 2026))).Succeeded);

        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var result = await profiles.SaveAsync(secretaire, merville, Input(year: 2026));

        Assert.Equal(CommuneProfileField.PopulationYear, Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task Every_field_with_a_problem_is_reported_at_once()
    {
        var result = await profiles.SaveAsync(secretaire, merville, Input(population: -1, year: 2030, households: 0));

        Assert.Equal(
            [CommuneProfileField.Population, CommuneProfileField.PopulationYear, CommuneProfileField.Households],
            result.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task A_tampered_service_id_is_refused()
    {
        var result = await profiles.SaveAsync(secretaire, merville, Input(services: [CommuneService.Ecole, "casino"]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CommuneProfileField.Services, problem.Field);
        Assert.DoesNotContain("casino", problem.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_texts_are_refused()
    {
        var result = await profiles.SaveAsync(secretaire, merville,
            Input(associations: new string('a', CommuneProfileService.AssociationsMaxLength + 1), contact: new string('c', CommuneProfileService.ContactMaxLength + 1)));

        Assert.Equal([CommuneProfileField.Associations, CommuneProfileField.Contact], result.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task Unknown_figures_may_stay_empty()
    {
        var result = await profiles.SaveAsync(secretaire, merville, Input(population: null, year: null, households: null, services: []));

        Assert.True(result.Succeeded);
        Assert.Null(result.Saved!.Population);
        Assert.Equal(string.Empty, result.Saved.Services);
    }

    [Fact]
    public async Task A_save_stores_the_values_the_services_in_fiche_order_and_the_association_themes()
    {
        categorizer.Setup(c => c.Categorize("Club des aînés, Mission Locale"))
            .Returns(new ThemeCategorization([new ThemeScore("vieillissement", 0.9, []), new ThemeScore("jeunesse", 0.6, [])], ReportsNoDifficulty: false));

        var result = await profiles.SaveAsync(secretaire, merville, Input(
            services: [CommuneService.Pharmacie, CommuneService.Ecole, CommuneService.Ecole],
            associations: "  Club des aînés, Mission Locale ", contact: " Mairie, 03 28 00 00 00 "));

        Assert.True(result.Succeeded);
        await using var db = database.Open();
        var stored = await db.CommuneProfileRevisions.SingleAsync();
        Assert.Equal((merville, 4120, 2021, 1650), (stored.CommuneId, stored.Population, stored.PopulationYear, stored.Households));
        Assert.Equal("ecole,pharmacie", stored.Services);
        Assert.Equal("Club des aînés, Mission Locale", stored.Associations);
        Assert.Equal("vieillissement,jeunesse", stored.AssociationThemes);
        Assert.Equal("Mairie, 03 28 00 00 00", stored.Contact);
        Assert.Equal((secretaire.Id, Now.UtcDateTime), (stored.ChangedByParticipantId, stored.ChangedAt));
    }

    [Fact]
    public async Task Each_save_appends_a_revision_and_the_history_keeps_who_and_when_newest_first()
    {
        await profiles.SaveAsync(secretaire, merville, Input(population: 4120));
        var elu = await directory.RegisterAsync(new Registration("aad-2", "Paul Martin", ParticipantRole.Elu, intercommunalityId, [merville, estaires]));
        clock.Setup(c => c.GetUtcNow()).Returns(Now.AddDays(3));
        await profiles.SaveAsync(elu, merville, Input(population: 4180));

        var current = await profiles.GetCurrentAsync(secretaire, merville);
        var history = await profiles.GetHistoryAsync(secretaire, merville);

        Assert.Equal((4180, "Paul Martin"), (current!.Revision.Population, current.ChangedByName));
        Assert.Equal(
            [(4180, elu.Id, "Paul Martin", Now.AddDays(3).UtcDateTime), (4120, secretaire.Id, "Marie Dupont", Now.UtcDateTime)],
            history.Select(h => (h.Revision.Population!.Value, h.Revision.ChangedByParticipantId, h.ChangedByName!, h.Revision.ChangedAt)));
        Assert.Empty(await profiles.GetHistoryAsync(elu, estaires));
        Assert.Null(await profiles.GetCurrentAsync(elu, estaires));
    }

    [Fact]
    public async Task A_participant_who_does_not_cover_the_commune_can_neither_read_nor_write_it()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.SaveAsync(secretaire, estaires, Input()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetCurrentAsync(secretaire, estaires));
        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.GetHistoryAsync(secretaire, estaires));
        await using var db = database.Open();
        Assert.Empty(await db.CommuneProfileRevisions.ToListAsync());
    }

    [Fact]
    public async Task A_consultant_reads_the_fiche_but_cannot_write_it_even_for_a_commune_listed_in_their_profile()
    {
        var consultant = await directory.RegisterAsync(new Registration("aad-3", "Claire", ParticipantRole.Consultant, intercommunalityId, []));
        var withCommune = consultant with { Communes = [new CommuneRef(merville, "Merville")] };

        await Assert.ThrowsAsync<AccessDeniedException>(() => profiles.SaveAsync(withCommune, merville, Input()));
        Assert.Null(await profiles.GetCurrentAsync(consultant, merville));
        await using var db = database.Open();
        Assert.Empty(await db.CommuneProfileRevisions.ToListAsync());
    }

    [Fact]
    public async Task An_elu_of_the_commune_may_write_it()
    {
        var elu = await directory.RegisterAsync(new Registration("aad-2", "Paul Martin", ParticipantRole.Elu, intercommunalityId, [merville]));

        var result = await profiles.SaveAsync(elu, merville, Input());

        Assert.True(result.Succeeded);
        Assert.Equal(elu.Id, (await profiles.GetCurrentAsync(secretaire, merville))!.Revision.ChangedByParticipantId);
    }
}
