using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>« vue d'ensemble »: the consultant's communes × themes matrix, in Teams.</summary>
public sealed class OverviewTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        var directory = host.Services.GetRequiredService<ParticipantDirectory>();
        await using var db = host.OpenDatabase();
        var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        await directory.RegisterAsync(new Registration("aad-consultant", "Claire", ParticipantRole.Consultant, intercommunality, []));
        await directory.RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, intercommunality, [merville]));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_consultant_sees_each_commune_with_its_difficulties_by_theme_and_the_highest_risk()
    {
        var elu = host.Conversation("aad-elu");
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("élevé")).Said("Noté : risque élevé pour « Précarité ».");

        var overview = (await host.Conversation("aad-consultant").SayAsync("vue d'ensemble")).Question();

        Assert.StartsWith("CC Flandre Lys — vue d'ensemble", overview.Text);
        var rows = overview.Card!.SelectTokens("$.body[?(@.type == 'ColumnSet')]").ToList();
        Assert.Equal(1 + 8, rows.Count);
        var merville = rows.Single(r => (string?)r.SelectToken("$.columns[0].items[0].text") == "Merville");
        var cells = merville.SelectTokens("$.columns[*].items[0]").ToList();
        var precarite = cells[1 + 7];
        Assert.Equal(("1", "attention"), ((string)precarite["text"]!, (string)precarite["color"]!));
        Assert.Equal("·", (string)cells[1]["text"]!);
        // Both sections closed and every risk given, but the interview still checks the main themes nothing was said about.
        Assert.Equal("0/1", (string)cells[^1]["text"]!);

        var silentThemes = ThemeCatalog.LoadDefault().Main.Count(t => t.Id != "precarite");
        IReadOnlyList<BotReply> last = [];
        for (var check = 0; check < silentThemes; check++)
        {
            last = await elu.SayAsync("Rien à signaler");
        }
        last.Said("Merci ! L'état des lieux est complet pour Merville.");
        var done = (await host.Conversation("aad-consultant").SayAsync("vue d'ensemble")).Question();
        var row = done.Card!.SelectTokens("$.body[?(@.type == 'ColumnSet')]")
            .Single(r => (string?)r.SelectToken("$.columns[0].items[0].text") == "Merville");
        Assert.Equal("1/1", (string)row.SelectTokens("$.columns[*].items[0]").Last()["text"]!);
    }

    [Fact]
    public async Task An_erased_elus_answers_stay_in_the_cells_but_the_elu_anonyme_is_not_counted_in_fini()
    {
        var paul = host.Conversation("aad-elu");
        await paul.SayAsync("bonjour");
        await paul.SayAsync("Beaucoup de familles au RSA");
        Assert.Equal(("1", "0/1"), MervilleFigures(await OverviewAsync()));

        await EraseKeepingAnswersAsync("aad-elu");

        // Paul's answer is Merville's still; nobody is left who answered and has not finished.
        Assert.Equal(("1", "0/0"), MervilleFigures(await OverviewAsync()));
        await RegisterEluAsync("aad-marie", "Marie");
        var marie = host.Conversation("aad-marie");
        await marie.SayAsync("bonjour");
        await marie.SayAsync("Beaucoup de familles au RSA");
        Assert.Equal(("2", "0/1"), MervilleFigures(await OverviewAsync()));
    }

    private async Task<Newtonsoft.Json.Linq.JObject> OverviewAsync() =>
        (await host.Conversation("aad-consultant").SayAsync("vue d'ensemble")).Question().Card!;

    /// <summary>Merville's précarité figure and its « Fini ».</summary>
    private static (string Precarite, string Finished) MervilleFigures(Newtonsoft.Json.Linq.JObject overview)
    {
        var row = overview.SelectTokens("$.body[?(@.type == 'ColumnSet')]")
            .Single(r => (string?)r.SelectToken("$.columns[0].items[0].text") == "Merville");
        var cells = row.SelectTokens("$.columns[*].items[0]").ToList();
        return ((string)cells[1 + 7]["text"]!, (string)cells[^1]["text"]!);
    }

    /// <summary>What an administrator does with <c>participant-erase --reassign --yes</c>.</summary>
    private async Task EraseKeepingAnswersAsync(string channelUserId)
    {
        var directory = host.Services.GetRequiredService<ParticipantDirectory>();
        var participant = await directory.FindAsync(channelUserId);
        var administrator = await directory.RegisterAsync(
            new Registration("aad-admin", "Alice", ParticipantRole.Administrator, participant!.IntercommunalityId, []));
        var data = new ParticipantDataService(
            host.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>(), host.Services.GetRequiredService<AccessPolicy>(),
            TimeProvider.System, NullLogger<ParticipantDataService>.Instance);
        await data.EraseAsync(administrator, participant.Id, ErasureMode.ReassignToAnonymous);
    }

    private async Task RegisterEluAsync(string channelUserId, string name)
    {
        await using var db = host.OpenDatabase();
        var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        await host.Services.GetRequiredService<ParticipantDirectory>()
            .RegisterAsync(new Registration(channelUserId, name, ParticipantRole.Elu, intercommunality, [merville]));
    }

    /// <summary>
    /// Teams shows a card about 420 px wide (less on a phone); at 32 px per figure with gaps the communes' column was
    /// squeezed to nothing in the Agents Playground. The fixed columns must leave a name room.
    /// </summary>
    [Fact]
    public async Task The_figures_leave_the_commune_names_room_in_a_card_420_px_wide()
    {
        var overview = (await host.Conversation("aad-consultant").SayAsync("vue d'ensemble")).Question();

        foreach (var row in overview.Card!.SelectTokens("$.body[?(@.type == 'ColumnSet')]"))
        {
            var columns = row.SelectTokens("$.columns[*]").ToList();
            Assert.Equal("stretch", (string)columns[0]["width"]!);
            var figures = columns.Skip(1).SkipLast(1).ToList();
            Assert.Equal(10, figures.Count);
            Assert.All(figures, figure => Assert.Equal("none", (string)figure["spacing"]!));
            var fixedWidth = figures.Sum(figure => int.Parse(((string)figure["width"]!).Replace("px", string.Empty)));
            // « Fini » (« 12/12 » at small size) and the gap before it take about 50 px more.
            Assert.True(420 - fixedWidth - 50 >= 150, $"The figures take {fixedWidth} px: the commune names get less than 150 px.");
        }
    }

    [Fact]
    public async Task An_elu_is_told_the_overview_is_for_consultants_and_gets_the_question_again()
    {
        var elu = host.Conversation("aad-elu");
        await elu.SayAsync("bonjour");

        var replies = await elu.SayAsync("vue d'ensemble");

        replies.Said("La vue d'ensemble de l'intercommunalité est réservée aux consultants et aux administrateurs.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning
            && log.Message.StartsWith("Refused Review (OverviewDialog) to participant", StringComparison.Ordinal) && log.Message.EndsWith("(Elu)", StringComparison.Ordinal));
    }
}
