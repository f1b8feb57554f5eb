using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Exports;

/// <summary>The French words the exports show for the domain's values.</summary>
public static class ExportLabels
{
    private static readonly Lazy<TimeZoneInfo> FrenchZone = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>« difficulté », « ressource », or « rien à signaler » for an answer that reports no difficulty.</summary>
    public static string Kind(AnswerKind kind, bool reportsNoDifficulty) => kind switch
    {
        AnswerKind.Difficulty when reportsNoDifficulty => "rien à signaler",
        AnswerKind.Difficulty => "difficulté",
        AnswerKind.Resource => "ressource",
        _ => kind.ToString(),
    };

    public static string Role(ParticipantRole role) => role switch
    {
        ParticipantRole.Elu => "élu",
        ParticipantRole.SecretaireDeMairie => "secrétaire de mairie",
        ParticipantRole.Consultant => "consultant",
        ParticipantRole.Administrator => "administrateur",
        _ => role.ToString(),
    };

    public static string Risk(RiskLevel level) => level switch
    {
        RiskLevel.Faible => "faible",
        RiskLevel.Modere => "modéré",
        RiskLevel.Eleve => "élevé",
        _ => level.ToString(),
    };

    /// <summary>A theme's label; the id itself for a theme no longer in the catalogue.</summary>
    public static string Theme(ThemeCatalog themes, string themeId) =>
        themes.TryGet(themeId, out var theme) ? theme.Label : themeId;

    /// <summary>Joined with « · »: the labels themselves contain commas (« Insertion, emploi et formation »).</summary>
    public static string Themes(ThemeCatalog themes, IEnumerable<string> themeIds) =>
        string.Join(" · ", themeIds.Select(id => Theme(themes, id)));

    /// <summary>A UTC instant as French users read it: Paris time, « 31/12/2025 14:05 » (the CSV's dates).</summary>
    public static string Date(DateTime utc) =>
        LocalTime(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A UTC instant as Paris clocks showed it, to the minute: what <see cref="Date"/> writes, as a value (the workbook's
    /// dates). The seconds are dropped rather than left to the spreadsheet, which might round them up to the next minute.
    /// </summary>
    public static DateTime LocalTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FrenchZone.Value);
        return new DateTime(local.Ticks - local.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
    }
}
