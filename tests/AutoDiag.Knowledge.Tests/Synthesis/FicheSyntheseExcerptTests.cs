using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>An answer on several themes is quoted under one axis, unless an axis has no words of its own.</summary>
public sealed class FicheSyntheseExcerptTests : IAsyncLifetime
{
    private const string Shared = "le car ne passe plus et le médecin est parti";
    private const string SanteOnly = "plus de généraliste le samedi";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task An_answer_quoted_under_an_axis_gives_way_to_others_under_the_next_and_an_axis_without_others_keeps_it()
    {
        var (consultant, intercommunalityId) = await SeedAsync();

        var fiche = await SynthesisFixture.CreateService(database, TimeProvider.System).BuildAsync(consultant, intercommunalityId);

        string[] Excerpts(string themeId) => [.. fiche.Axes.Single(a => a.ThemeId == themeId).Enjeux.Where(e => e.Kind == EnjeuKind.Extrait).Select(e => e.Text)];
        Assert.Equal(["mobilite", "sante", "jeunesse"], fiche.Axes.Select(a => a.ThemeId));
        Assert.Equal([Shared], Excerpts("mobilite"));
        Assert.Equal([SanteOnly], Excerpts("sante"));
        Assert.Equal([Shared], Excerpts("jeunesse"));
    }

    private async Task<(ParticipantProfile Consultant, int IntercommunalityId)> SeedAsync()
    {
        await using var db = database.Open();
        var merville = await db.Communes.FirstAsync(c => c.Name == "Merville");
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        var elu = await directory.RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, merville.IntercommunalityId, [merville.Id]));
        var consultant = await directory.RegisterAsync(new Registration("aad-consultant", "Claire", ParticipantRole.Consultant, merville.IntercommunalityId, []));

        void Difficulty(string text, params (string Theme, double Confidence)[] tags) => db.Answers.Add(new Answer
        {
            CommuneId = merville.Id, ParticipantId = elu.Id, Kind = AnswerKind.Difficulty, Text = text, SourceActivityId = $"c|{text}",
            RecordedAt = DateTime.UtcNow,
            Tags = [.. tags.Select(t => new ThemeTag { ThemeId = t.Theme, Confidence = t.Confidence, Source = TagSource.Automatic })],
        });
        void Risk(string theme, RiskLevel level) => db.RiskAssessments.Add(new RiskAssessment
        {
            CommuneId = merville.Id, ParticipantId = elu.Id, ThemeId = theme, Level = level, RecordedAt = DateTime.UtcNow, SourceActivityId = $"r|{theme}",
        });

        Difficulty(Shared, ("mobilite", 0.9), ("sante", 0.8), ("jeunesse", 0.5));
        Difficulty(SanteOnly, ("sante", 0.9));
        Risk("mobilite", RiskLevel.Eleve);
        Risk("sante", RiskLevel.Modere);
        Risk("jeunesse", RiskLevel.Faible);
        await db.SaveChangesAsync();
        return (consultant, merville.IntercommunalityId);
    }
}
