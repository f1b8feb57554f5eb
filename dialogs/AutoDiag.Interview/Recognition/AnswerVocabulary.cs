using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Interview.Recognition;

/// <summary>The short answers participants give to the interview's questions, as they type them.</summary>
public static class AnswerVocabulary
{
    private static readonly HashSet<string> DoneAnswers =
    [
        "j'ai termine", "termine", "terminee", "fini", "j'ai fini", "c'est tout", "rien d'autre", "non", "non merci",
        "suivant", "fin", "c'est fini", "plus rien", "rien de plus", "ok c'est tout", "voila", "voila c'est tout",
    ];

    private static readonly HashSet<string> NothingToReportAnswers =
    [
        "rien a signaler", "ras", "r a s", "rien", "non", "aucune", "aucun", "pas de difficulte", "pas de souci",
        "pas de probleme", "non rien", "rien de particulier", "rien a dire", "neant",
    ];

    private static readonly (string Word, RiskLevel Level)[] RiskWords =
    [
        ("faible", RiskLevel.Faible), ("bas", RiskLevel.Faible), ("peu", RiskLevel.Faible), ("1", RiskLevel.Faible),
        ("modere", RiskLevel.Modere), ("moderee", RiskLevel.Modere), ("moyen", RiskLevel.Modere), ("2", RiskLevel.Modere),
        ("eleve", RiskLevel.Eleve), ("elevee", RiskLevel.Eleve), ("fort", RiskLevel.Eleve), ("important", RiskLevel.Eleve),
        ("haut", RiskLevel.Eleve), ("3", RiskLevel.Eleve),
    ];

    public static bool IsDone(string? text) => DoneAnswers.Contains(FrenchText.Normalize(text));

    public static bool IsNothingToReport(string? text) => NothingToReportAnswers.Contains(FrenchText.Normalize(text));

    /// <summary>« élevé », « Élevé : les jeunes partent », « modere car… », « 3 » → a level, and what follows as the reason.</summary>
    public static bool TryParseRiskLevel(string? text, out RiskLevel level, out string? comment)
    {
        level = default;
        comment = null;
        var trimmed = text?.Trim() ?? string.Empty;
        var firstWordEnd = trimmed.IndexOfAny([' ', ',', ';', ':', '.', '-', '!', '\n']);
        var firstWord = FrenchText.Normalize(firstWordEnd < 0 ? trimmed : trimmed[..firstWordEnd]);
        var match = RiskWords.FirstOrDefault(w => w.Word == firstWord);
        if (match.Word is null)
        {
            return false;
        }

        level = match.Level;
        var rest = firstWordEnd < 0 ? string.Empty : trimmed[firstWordEnd..].TrimStart(' ', ',', ';', ':', '.', '-', '!', '\n');
        comment = rest.Length == 0 ? null : rest;
        return true;
    }

    /// <summary>The values of the risk card's choices.</summary>
    public static bool TryParseRiskValue(string? value, out RiskLevel level)
    {
        level = FrenchText.Normalize(value) switch
        {
            "faible" => RiskLevel.Faible,
            "modere" => RiskLevel.Modere,
            "eleve" => RiskLevel.Eleve,
            _ => default,
        };
        return level != default;
    }
}
