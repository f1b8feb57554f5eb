using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>The demo intercommunalité with a consultant and an élu of Merville, and answers stored as the interview stores them.</summary>
public static class ConsultantSetup
{
    public const string ConsultantId = "aad-consultant";
    public const string EluId = "aad-elu";

    public static async Task<(int Intercommunality, int Merville, int EluId)> RegisterConsultantAndEluAsync(this BotTestHost host)
    {
        var directory = host.Services.GetRequiredService<ParticipantDirectory>();
        await using var db = host.OpenDatabase();
        var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        await directory.RegisterAsync(new Registration(ConsultantId, "Claire", ParticipantRole.Consultant, intercommunality, []));
        var elu = await directory.RegisterAsync(new Registration(EluId, "Paul Leroy", ParticipantRole.Elu, intercommunality, [merville]));
        return (intercommunality, merville, elu.Id);
    }

    /// <summary>Difficulty answers of the élu about a commune, one minute apart, tagged automatically with <paramref name="themeIds"/>.</summary>
    public static async Task<IReadOnlyList<long>> AddAnswersAsync(this BotTestHost host, int eluId, string commune, IReadOnlyList<string> texts, params string[] themeIds)
    {
        await using var db = host.OpenDatabase();
        var communeId = await db.Communes.Where(c => c.Name == commune).Select(c => c.Id).SingleAsync();
        var start = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        var answers = texts.Select((text, i) => new Answer
        {
            CommuneId = communeId,
            ParticipantId = eluId,
            Kind = AnswerKind.Difficulty,
            Text = text,
            RecordedAt = start.AddMinutes(i),
            SourceActivityId = $"seed|{Guid.NewGuid():N}",
            Tags = themeIds.Select((id, rank) => new ThemeTag { ThemeId = id, Confidence = 0.9 - rank * 0.1, Source = TagSource.Automatic }).ToList(),
        }).ToList();
        db.Answers.AddRange(answers);
        await db.SaveChangesAsync();
        return answers.Select(a => a.Id).ToList();
    }
}
