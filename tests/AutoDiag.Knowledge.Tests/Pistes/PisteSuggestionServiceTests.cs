using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AutoDiag.Knowledge.Tests.Pistes;

public sealed class PisteSuggestionServiceTests : IAsyncLifetime
{
    private static readonly Lazy<PisteSearch> Search = new(PisteSearch.LoadDefault);
    private static readonly DateTime SharedAt = new(2026, 11, 30, 9, 15, 0, DateTimeKind.Utc);
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Suggests_pistes_of_other_territories_for_the_themes_the_difficulties_touched_most()
    {
        var elu = await SeedAsync(
            ("Les jeunes n'ont pas le permis de conduire pour aller travailler", ["mobilite", "jeunesse"]),
            ("Aucun transport pour aller au travail, il faudrait aider au permis", ["mobilite"]),
            ("Pas de souci côté logement", ["logement"]));

        var pistes = await Service().ShareOnceAsync(elu);

        Assert.InRange(pistes.Count, 1, PisteSuggestionService.ThemesConsidered * PisteSuggestionService.PistesPerTheme);
        Assert.Contains(pistes, p => p.Themes.Contains("mobilite") && p.Text.Contains("permis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(pistes, p => p.Themes.Contains("logement") && !p.Themes.Contains("mobilite") && !p.Themes.Contains("jeunesse"));
        Assert.Equal(pistes.Count, pistes.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public async Task Pistes_are_shared_once_per_participant_whichever_service_or_conversation_asks_again()
    {
        var elu = await SeedAsync(("Aucun transport pour aller au travail, il faudrait aider au permis", ["mobilite"]));

        Assert.NotEmpty(await Service().ShareOnceAsync(elu));
        Assert.Empty(await Service().ShareOnceAsync(elu));

        await using var db = database.Open();
        Assert.Equal(SharedAt, (await db.Participants.SingleAsync(p => p.Id == elu.Id)).PistesSharedAt);
    }

    [Fact]
    public async Task Nothing_is_suggested_without_a_difficulty()
    {
        var elu = await SeedAsync();

        Assert.Empty(await Service().ShareOnceAsync(elu));
        await using var db = database.Open();
        Assert.Null((await db.Participants.SingleAsync(p => p.Id == elu.Id)).PistesSharedAt);
    }

    private PisteSuggestionService Service() => new(database.Factory, Search, new FakeTimeProvider(SharedAt));

    private async Task<ParticipantProfile> SeedAsync(params (string Text, string[] Themes)[] difficulties)
    {
        await using var db = database.Open();
        var commune = await db.Communes.FirstAsync(c => c.Name == "Merville");
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        var elu = await directory.RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, commune.IntercommunalityId, [commune.Id]));
        var n = 0;
        foreach (var (text, themes) in difficulties)
        {
            db.Answers.Add(new Answer
            {
                CommuneId = commune.Id,
                ParticipantId = elu.Id,
                Kind = AnswerKind.Difficulty,
                Text = text,
                SourceActivityId = $"c|{++n}",
                Tags = themes.Select((t, i) => new ThemeTag
                {
                    ThemeId = t,
                    Confidence = 0.9 - i * 0.1,
                    Source = TagSource.Automatic,
                    ReportsNoDifficulty = text.StartsWith("Pas de souci", StringComparison.Ordinal),
                }).ToList(),
            });
        }
        await db.SaveChangesAsync();
        return elu;
    }
}
