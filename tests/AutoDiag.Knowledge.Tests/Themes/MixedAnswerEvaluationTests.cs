using System.Text.Json;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes.Analysis;
using Xunit.Abstractions;

namespace AutoDiag.Knowledge.Tests.Themes;

/// <summary>
/// <see cref="MixedAnswerDetector"/> on a labelled corpus (Data/mixed-answers.jsonl): élus' sentences at either question,
/// with the clause a reader would offer as the other kind, or none. Precision first: a false offer annoys.
/// </summary>
public sealed class MixedAnswerEvaluationTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.8;

    private sealed record Labelled(string Text, AnswerKind Asked, string? Clause);

    [Fact]
    public void The_labelled_corpus_is_large_enough_and_has_both_directions_and_counter_examples()
    {
        var corpus = ReadCorpus();

        Assert.True(corpus.Count >= 40, $"{corpus.Count} lines");
        foreach (var asked in new[] { AnswerKind.Difficulty, AnswerKind.Resource })
        {
            Assert.Contains(corpus, l => l.Asked == asked && l.Clause is not null);
            Assert.Contains(corpus, l => l.Asked == asked && l.Clause is null);
        }
    }

    [Fact]
    public void Offers_are_precise_and_most_mixed_answers_are_found()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var line in ReadCorpus())
        {
            var offered = MixedAnswerDetector.OtherKindClause(line.Text, line.Asked);
            if (offered is not null && offered == line.Clause)
            {
                truePositives++;
                continue;
            }
            if (offered is not null)
            {
                falsePositives++;
                output.WriteLine($"false offer ({line.Asked}): « {line.Text} » → « {offered} »");
            }
            if (line.Clause is not null)
            {
                falseNegatives++;
                output.WriteLine($"missed ({line.Asked}): « {line.Text} » → expected « {line.Clause} »");
            }
        }

        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"mixed answers: precision {precision:0.000}, recall {recall:0.000} ({truePositives} found, {falsePositives} false, {falseNegatives} missed)");
        Assert.True(precision >= MinPrecision, $"precision {precision:0.000}");
        Assert.True(recall >= MinRecall, $"recall {recall:0.000}");
    }

    /// <summary>
    /// The categoriser's corpus, read as if typed at either question: an offer only where the labelled corpus says the
    /// sentence is mixed, with that clause. The sentences it holds are mostly one kind, with many « mais ».
    /// </summary>
    [Fact]
    public void The_categorisation_corpus_gets_no_offer_but_on_its_mixed_sentences()
    {
        var labelled = ReadCorpus().ToDictionary(l => (l.Text, l.Asked), l => l.Clause);
        var unexpected = new List<string>();
        var texts = 0;
        foreach (var file in new[] { "examples.jsonl", "fiches.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root(), "knowledge/AutoDiag.Knowledge/Data/Training", file)))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
                texts++;
                foreach (var asked in new[] { AnswerKind.Difficulty, AnswerKind.Resource })
                {
                    if (MixedAnswerDetector.OtherKindClause(text, asked) is { } offered
                        && !(labelled.TryGetValue((text, asked), out var expected) && expected == offered))
                    {
                        unexpected.Add($"{asked}: « {text} » → « {offered} »");
                    }
                }
            }
        }

        output.WriteLine($"{texts} texts of the categorisation corpus, {unexpected.Count} unexpected offers");
        unexpected.ForEach(output.WriteLine);
        Assert.True(texts > 1000, $"{texts} texts read");
        Assert.Empty(unexpected);
    }

    private static List<Labelled> ReadCorpus()
    {
        var path = Path.Combine(RepositoryPaths.Root(), "tests/AutoDiag.Knowledge.Tests/Data/mixed-answers.jsonl");
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(json => new Labelled(
                json.GetProperty("text").GetString()!,
                json.GetProperty("asked").GetString() switch
                {
                    "difficulty" => AnswerKind.Difficulty,
                    "resource" => AnswerKind.Resource,
                    var other => throw new InvalidDataException($"asked: {other}"),
                },
                json.GetProperty("clause").GetString()))
            .ToList();
    }
}
