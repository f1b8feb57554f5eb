using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Tests.Review;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Calendar;

/// <summary>The démarche's calendar: one per intercommunalité, dates in step order and plausible, for its consultants only.</summary>
public sealed class DemarcheCalendarServiceTests : IAsyncLifetime
{
    private static readonly DateTime T1 = new(2025, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private readonly Mock<TimeProvider> clock = new();
    private DateTime now = T1;
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private DemarcheCalendarService service = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        clock.Setup(c => c.GetUtcNow()).Returns(() => new DateTimeOffset(now));
        service = new DemarcheCalendarService(database.Factory, new AccessPolicy(accessLog.Object), new PersonalDataMasker(), clock.Object, NullLogger<DemarcheCalendarService>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Residents_personal_data_in_the_history_is_masked_before_it_is_stored()
    {
        var result = await service.SaveAsync(data.Consultant, data.IntercommunalityId,
            new(null, null, null, null, "Un CIAS depuis 2012. Contact Mme Lefebvre 03 21 00 00 00."));

        Assert.Equal("Un CIAS depuis 2012. Contact Mme [nom] [téléphone].", result.Calendar!.History);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal("Un CIAS depuis 2012. Contact Mme [nom] [téléphone].", (await db.DemarcheCalendars.SingleAsync()).History);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly DemarcheCalendarInput Planned = new(D(2025, 2, 3), D(2025, 3, 10), D(2025, 5, 20), D(2025, 9, 15), "  Un CIAS depuis 2012.  ");

    [Fact]
    public async Task No_calendar_saved_reads_as_empty()
    {
        var calendar = await service.GetAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(DemarcheCalendarView.Empty, calendar);
        Assert.Equal(
            [(DemarcheStep.PresentationAuxElus, null), (DemarcheStep.AteliersRessourcesDifficultes, null), (DemarcheStep.SoireeTemoignages, null), (DemarcheStep.Restitution, (DateOnly?)null)],
            calendar.Steps);
    }

    [Fact]
    public async Task A_calendar_is_stored_and_read_back_with_who_and_when()
    {
        var result = await service.SaveAsync(data.Consultant, data.IntercommunalityId, Planned);

        var expected = new DemarcheCalendarView(D(2025, 2, 3), D(2025, 3, 10), D(2025, 5, 20), D(2025, 9, 15), "Un CIAS depuis 2012.", "Consultante", T1);
        Assert.Equal(new CalendarResult(CalendarProblem.None, null, expected), result);
        Assert.True(result.Succeeded);
        var read = await service.GetAsync(data.Consultant, data.IntercommunalityId);
        Assert.Equal(expected, read);
        Assert.Equal(DateTimeKind.Utc, read.UpdatedAt!.Value.Kind);
        Assert.Equal(
            [DemarcheStep.PresentationAuxElus, DemarcheStep.AteliersRessourcesDifficultes, DemarcheStep.SoireeTemoignages, DemarcheStep.Restitution],
            read.Steps.Select(s => s.Step));
        Assert.Equal([D(2025, 2, 3), D(2025, 3, 10), D(2025, 5, 20), D(2025, 9, 15)], read.Steps.Select(s => s.Date));
        Assert.Equal(D(2025, 5, 20), read.DateOf(DemarcheStep.SoireeTemoignages));

        await using var db = database.Open();
        var stored = Assert.Single(await db.DemarcheCalendars.ToListAsync());
        Assert.Equal(
            (data.IntercommunalityId, D(2025, 2, 3), D(2025, 3, 10), D(2025, 5, 20), D(2025, 9, 15), "Un CIAS depuis 2012.", data.Consultant.Id, T1),
            (stored.IntercommunalityId, stored.PresentationAuxElus, stored.AteliersRessourcesDifficultes, stored.SoireeTemoignages,
                stored.Restitution, stored.History, stored.UpdatedByParticipantId, stored.UpdatedAt));
    }

    [Fact]
    public async Task Saving_again_replaces_the_calendar_in_the_same_row()
    {
        var administrator = await new ParticipantDirectory(database.Factory, TimeProvider.System)
            .RegisterAsync(new Registration("aad-admin", "Admin", ParticipantRole.Administrator, data.IntercommunalityId, []));
        await service.SaveAsync(data.Consultant, data.IntercommunalityId, Planned);
        now = T1.AddDays(7);

        var saved = await service.GetAsync(data.Consultant, data.IntercommunalityId);
        var result = await service.SaveAsync(administrator, data.IntercommunalityId, saved.ToInput() with { Restitution = null, History = " \n " });

        var expected = new DemarcheCalendarView(D(2025, 2, 3), D(2025, 3, 10), D(2025, 5, 20), null, null, "Admin", T1.AddDays(7));
        Assert.Equal(expected, result.Calendar);
        Assert.Equal(expected, await service.GetAsync(data.Consultant, data.IntercommunalityId));
        await using var db = database.Open();
        var stored = Assert.Single(await db.DemarcheCalendars.ToListAsync());
        Assert.Equal((null, null, administrator.Id, T1.AddDays(7)), (stored.Restitution, stored.History, stored.UpdatedByParticipantId, stored.UpdatedAt));
    }

    [Fact]
    public async Task Each_intercommunality_has_its_own_calendar()
    {
        await service.SaveAsync(data.Consultant, data.IntercommunalityId, Planned);
        await service.SaveAsync(data.OtherConsultant, data.OtherIntercommunalityId, new(null, null, D(2026, 1, 1), null, null));

        Assert.Equal(D(2025, 5, 20), (await service.GetAsync(data.Consultant, data.IntercommunalityId)).SoireeTemoignages);
        Assert.Equal(D(2026, 1, 1), (await service.GetAsync(data.OtherConsultant, data.OtherIntercommunalityId)).SoireeTemoignages);
        await using var db = database.Open();
        Assert.Equal(2, await db.DemarcheCalendars.CountAsync());
    }

    private static readonly Dictionary<string, (DemarcheCalendarInput Input, CalendarProblem Problem, DemarcheStep? Step)> InvalidCases = new()
    {
        // The later of the two steps is at fault.
        ["ateliers before présentation"] = (new(D(2025, 3, 1), D(2025, 2, 1), null, null, null), CalendarProblem.OutOfOrder, DemarcheStep.AteliersRessourcesDifficultes),
        ["restitution before témoignages"] = (new(D(2025, 3, 1), D(2025, 4, 1), D(2025, 5, 1), D(2025, 4, 30), null), CalendarProblem.OutOfOrder, DemarcheStep.Restitution),
        // Steps without a date are skipped: compared with the last step that has one.
        ["témoignages before présentation, ateliers unknown"] = (new(D(2025, 3, 1), null, D(2025, 2, 28), null, null), CalendarProblem.OutOfOrder, DemarcheStep.SoireeTemoignages),
        ["restitution before présentation, the others unknown"] = (new(D(2025, 9, 1), null, null, D(2025, 6, 1), null), CalendarProblem.OutOfOrder, DemarcheStep.Restitution),
        // Now is 2025: a step in 2021 or in 2029 is a slip; 2022 and 2028 are not (the bounds, below).
        ["2021"] = (new(D(2021, 12, 31), null, null, null, null), CalendarProblem.ImplausibleYear, DemarcheStep.PresentationAuxElus),
        ["2029"] = (new(null, null, null, D(2029, 1, 1), null), CalendarProblem.ImplausibleYear, DemarcheStep.Restitution),
        // A slip in a year is told as such, not as a step out of order.
        ["1925 after 2025"] = (new(D(2025, 2, 1), D(1925, 3, 1), null, null, null), CalendarProblem.ImplausibleYear, DemarcheStep.AteliersRessourcesDifficultes),
        ["history too long"] = (new(null, null, null, null, new string('h', DemarcheCalendarService.HistoryMaxLength + 1)), CalendarProblem.HistoryTooLong, null),
    };

    public static TheoryData<string> Invalid
    {
        get
        {
            var cases = new TheoryData<string>();
            foreach (var name in InvalidCases.Keys)
            {
                cases.Add(name);
            }
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_calendar_is_refused_with_the_step_at_fault_and_the_saved_one_is_kept(string name)
    {
        var (input, problem, step) = InvalidCases[name];
        await service.SaveAsync(data.Consultant, data.IntercommunalityId, Planned);
        now = T1.AddDays(1);

        var result = await service.SaveAsync(data.Consultant, data.IntercommunalityId, input);

        Assert.Equal(new CalendarResult(problem, step, null), result);
        Assert.Equal((problem, step), DemarcheCalendarService.Validate(input, T1.Year));
        await using var db = database.Open();
        var stored = Assert.Single(await db.DemarcheCalendars.ToListAsync());
        Assert.Equal((D(2025, 9, 15), "Un CIAS depuis 2012.", T1), (stored.Restitution, stored.History, stored.UpdatedAt));
    }

    [Fact]
    public async Task A_first_invalid_calendar_stores_nothing()
    {
        var result = await service.SaveAsync(data.Consultant, data.IntercommunalityId, new(D(2025, 3, 1), D(2025, 2, 1), null, null, null));

        Assert.Equal(CalendarProblem.OutOfOrder, result.Problem);
        await using var db = database.Open();
        Assert.Empty(await db.DemarcheCalendars.ToListAsync());
    }

    [Fact]
    public async Task Same_day_steps_the_bounds_of_the_years_and_the_longest_history_are_accepted()
    {
        var history = new string('h', DemarcheCalendarService.HistoryMaxLength);
        var input = new DemarcheCalendarInput(D(2022, 1, 1), D(2022, 1, 1), null, D(2028, 12, 31), $"  {history}  ");

        var result = await service.SaveAsync(data.Consultant, data.IntercommunalityId, input);

        Assert.Equal(CalendarProblem.None, result.Problem);
        Assert.Equal(history, result.Calendar!.History);
        Assert.Equal((CalendarProblem.None, (DemarcheStep?)null), DemarcheCalendarService.Validate(input, T1.Year));
    }

    public static TheoryData<string> Refused => new() { "Anne", "Berenice", "OtherConsultant" };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Elus_secretaries_and_consultants_of_another_intercommunality_neither_read_nor_write_it(string name)
    {
        var who = name switch { "Anne" => data.Anne, "Berenice" => data.Berenice, _ => data.OtherConsultant };
        await service.SaveAsync(data.Consultant, data.IntercommunalityId, Planned);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(who, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.SaveAsync(who, data.IntercommunalityId, new(D(2026, 1, 1), null, null, null, "effacé")));

        await using var db = database.Open();
        var stored = Assert.Single(await db.DemarcheCalendars.ToListAsync());
        Assert.Equal((D(2025, 2, 3), data.Consultant.Id), (stored.PresentationAuxElus, stored.UpdatedByParticipantId));
        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(2));
    }

    [Fact]
    public async Task An_unknown_intercommunality_is_refused_and_nothing_stored()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(data.Consultant, 99_999));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.SaveAsync(data.Consultant, 99_999, Planned));

        await using var db = database.Open();
        Assert.Empty(await db.DemarcheCalendars.ToListAsync());
    }
}
