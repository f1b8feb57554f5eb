using System.Globalization;
using System.Text;
using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Tests.Privacy;

/// <summary>Recall and precision of one kind: gold spans, predicted spans, and the pairs matched between them.</summary>
public sealed record KindScore(PersonalDataKind Kind, int Gold, int Predicted, int Matched)
{
    /// <summary>Matched / gold; 1 when there is no gold span.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Matched / predicted; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
}

/// <summary>A gold span missed, or a predicted span that matches none.</summary>
public sealed record PersonalDataError(int Line, string Text, PersonalDataSpan Span, bool Missed)
{
    public override string ToString() =>
        $"{(Missed ? "missed" : "false ")} {Span.Kind,-13} « {Span.Of(Text)} » — line {Line}: {Text}";
}

public sealed record PersonalDataReport(IReadOnlyList<KindScore> Kinds, IReadOnlyList<PersonalDataError> Errors, int Sentences)
{
    public KindScore this[PersonalDataKind kind] => Kinds.Single(score => score.Kind == kind);

    public string Table(string title)
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{title} — {Sentences} sentences");
        builder.AppendLine("kind            gold  predicted  matched  recall  precision");
        foreach (var score in Kinds)
        {
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{score.Kind,-14} {score.Gold,5} {score.Predicted,10} {score.Matched,8} {score.Recall,7:0.000} {score.Precision,10:0.000}");
        }

        return builder.ToString();
    }
}

/// <summary>
/// Compares the masker's spans with the gold spans, kind by kind. A predicted span is correct when it overlaps a
/// gold span of the same kind by at least half of the longer of the two (« Dupont » for « Dupont », « 12 rue des
/// Lilas » for « 12 rue des Lilas, 59660 Merville », but not « Jean » for « Jean-Pierre Vanhove Dupont »); each gold
/// span matches at most one predicted span and the reverse, best overlaps first.
/// </summary>
public static class PersonalDataEvaluation
{
    public const double MinimumOverlap = 0.5;

    public static PersonalDataReport Evaluate(IReadOnlyList<LabelledPersonalData> corpus, Func<string, IReadOnlyList<PersonalDataSpan>> detect)
    {
        var gold = new Dictionary<PersonalDataKind, int>();
        var predicted = new Dictionary<PersonalDataKind, int>();
        var matched = new Dictionary<PersonalDataKind, int>();
        var errors = new List<PersonalDataError>();
        foreach (var item in corpus)
        {
            var predictions = detect(item.Text);
            foreach (var kind in Enum.GetValues<PersonalDataKind>())
            {
                var goldSpans = item.Gold.Where(span => span.Kind == kind).ToList();
                var predictedSpans = predictions.Where(span => span.Kind == kind).ToList();
                var pairs = Match(goldSpans, predictedSpans);
                gold[kind] = gold.GetValueOrDefault(kind) + goldSpans.Count;
                predicted[kind] = predicted.GetValueOrDefault(kind) + predictedSpans.Count;
                matched[kind] = matched.GetValueOrDefault(kind) + pairs.Count;
                errors.AddRange(goldSpans.Where((_, g) => !pairs.Any(pair => pair.Gold == g)).Select(span => new PersonalDataError(item.Line, item.Text, span, true)));
                errors.AddRange(predictedSpans.Where((_, p) => !pairs.Any(pair => pair.Predicted == p)).Select(span => new PersonalDataError(item.Line, item.Text, span, false)));
            }
        }

        var kinds = Enum.GetValues<PersonalDataKind>()
            .Select(kind => new KindScore(kind, gold.GetValueOrDefault(kind), predicted.GetValueOrDefault(kind), matched.GetValueOrDefault(kind)))
            .ToList();
        return new PersonalDataReport(kinds, errors, corpus.Count);
    }

    /// <summary>Overlap of two spans as a share of the longer one.</summary>
    public static double Overlap(PersonalDataSpan a, PersonalDataSpan b)
    {
        var common = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return common <= 0 ? 0 : (double)common / Math.Max(a.Length, b.Length);
    }

    private static List<(int Gold, int Predicted)> Match(List<PersonalDataSpan> gold, List<PersonalDataSpan> predicted)
    {
        var candidates = new List<(int Gold, int Predicted, double Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Overlap(gold[g], predicted[p]);
                if (overlap >= MinimumOverlap)
                {
                    candidates.Add((g, p, overlap));
                }
            }
        }

        var pairs = new List<(int Gold, int Predicted)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (!pairs.Any(pair => pair.Gold == candidate.Gold || pair.Predicted == candidate.Predicted))
            {
                pairs.Add((candidate.Gold, candidate.Predicted));
            }
        }

        return pairs;
    }
}
