using System.Text.Json;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// What the conversation scripts say must end up in the database: the optional <c>"stored"</c> key of a
/// step, e.g. <c>{ "say": "…", "stored": { "commune": "Estaires", "as": "difficulty" } }</c>. Keeping it
/// next to the step keeps the scripts and the database checks in step.
/// </summary>
public sealed record StoredExpectations(
    IReadOnlyList<ExpectedAnswer> Answers,
    IReadOnlyList<ExpectedRisk> Risks,
    IReadOnlyList<ExpectedCompletion> Completions,
    IReadOnlyList<string> NothingToReport)
{
    public static StoredExpectations FromScripts(params string[] scripts)
    {
        var answers = new List<ExpectedAnswer>();
        var risks = new List<ExpectedRisk>();
        var completions = new List<ExpectedCompletion>();
        var nothingToReport = new List<string>();

        foreach (var script in scripts)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(script));
            var steps = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement
                : document.RootElement.GetProperty("steps");
            foreach (var step in steps.EnumerateArray())
            {
                if (!step.TryGetProperty("stored", out var stored))
                {
                    continue;
                }

                var where = $"{Path.GetFileName(script)}: {step}";
                var commune = Required(stored, "commune", where);
                switch (Required(stored, "as", where))
                {
                    case "difficulty":
                        answers.Add(new ExpectedAnswer(commune, AnswerKind.Difficulty, AnswerText(step, stored, where)));
                        break;
                    case "resource":
                        answers.Add(new ExpectedAnswer(commune, AnswerKind.Resource, AnswerText(step, stored, where)));
                        break;
                    case "risk":
                        risks.Add(new ExpectedRisk(
                            commune,
                            Enum.Parse<RiskLevel>(Required(stored, "level", where)),
                            stored.TryGetProperty("comment", out var comment) ? comment.GetString() : null));
                        break;
                    case "nothing-to-report":
                        nothingToReport.Add(commune);
                        break;
                    case "section-completed":
                        completions.Add(new ExpectedCompletion(commune, Enum.Parse<InterviewSection>(Required(stored, "section", where))));
                        break;
                    case var other:
                        throw new InvalidDataException($"Unknown \"as\": \"{other}\" in {where}");
                }
            }
        }

        return new StoredExpectations(answers, risks, completions, nothingToReport);
    }

    /// <summary>The step's <c>say</c>, or the <c>text</c> of its <c>stored</c> key for a click that stores what was said before.</summary>
    private static string AnswerText(JsonElement step, JsonElement stored, string where) =>
        stored.TryGetProperty("text", out _) ? Required(stored, "text", where) : Required(step, "say", where);

    private static string Required(JsonElement element, string property, string where) =>
        element.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"\"{property}\" missing in {where}");
}

public sealed record ExpectedAnswer(string Commune, AnswerKind Kind, string Text);

public sealed record ExpectedRisk(string Commune, RiskLevel Level, string? Comment);

public sealed record ExpectedCompletion(string Commune, InterviewSection Section);
