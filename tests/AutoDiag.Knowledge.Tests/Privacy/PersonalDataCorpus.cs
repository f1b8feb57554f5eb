using System.Text.Json;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Tests.Support;

namespace AutoDiag.Knowledge.Tests.Privacy;

/// <summary>A sentence of the labelled corpus and the personal data a reader would mask in it.</summary>
public sealed record LabelledPersonalData(int Line, string Text, IReadOnlyList<PersonalDataSpan> Gold);

/// <summary>
/// Reads the labelled corpora (JSON Lines): <c>{"text": "...", "spans": [{"kind": "Phone", "text": "06 12 34 56 78"}]}</c>.
/// A span is given by its exact text; spans are listed in the order of the sentence and each is looked for after
/// the previous one, so a repeated name is found twice. <c>"start"</c> (a UTF-16 index) may be given instead when the
/// text alone would be ambiguous. What a span covers (knowledge/docs/privacy.md): the name without its civility,
/// « 87 ans » without « âgée de », the address from its number to the city, the phone without « tel ».
/// </summary>
public static class PersonalDataCorpus
{
    public const string MainFile = "personal-data-corpus.jsonl";
    public const string HeldOutFile = "personal-data-heldout.jsonl";
    public const string ReviewFile = "personal-data-review.jsonl";
    public const string SecondReviewFile = "personal-data-second-review.jsonl";
    public const string ThirdReviewFile = "personal-data-third-review.jsonl";
    public const string FourthReviewFile = "personal-data-fourth-review.jsonl";
    public const string NamesWithoutCivilityFile = "personal-data-names-without-civility.jsonl";

    public static string PathOf(string file) =>
        Path.Combine(RepositoryPaths.Root(), "tests", "AutoDiag.Knowledge.Tests", "Privacy", file);

    public static IReadOnlyList<LabelledPersonalData> Load(string file)
    {
        var result = new List<LabelledPersonalData>();
        var number = 0;
        foreach (var line in File.ReadLines(PathOf(file)))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            result.Add(Parse(line, number, file));
        }

        return result;
    }

    public static LabelledPersonalData Parse(string json, int line, string file = "corpus")
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"{file}:{line}: no text");
        var gold = new List<PersonalDataSpan>();
        var from = 0;
        if (root.TryGetProperty("spans", out var spans))
        {
            foreach (var span in spans.EnumerateArray())
            {
                var kindName = span.GetProperty("kind").GetString();
                if (!Enum.TryParse<PersonalDataKind>(kindName, out var kind))
                {
                    throw new FormatException($"{file}:{line}: unknown kind « {kindName} »");
                }

                int start;
                int length;
                if (span.TryGetProperty("start", out var startProperty))
                {
                    start = startProperty.GetInt32();
                    length = span.TryGetProperty("length", out var lengthProperty)
                        ? lengthProperty.GetInt32()
                        : span.GetProperty("text").GetString()!.Length;
                }
                else
                {
                    var value = span.GetProperty("text").GetString() ?? string.Empty;
                    start = text.IndexOf(value, from, StringComparison.Ordinal);
                    length = value.Length;
                    if (start < 0 || length == 0)
                    {
                        throw new FormatException($"{file}:{line}: « {value} » not found in « {text} » after index {from}");
                    }
                }

                if (start < 0 || start + length > text.Length)
                {
                    throw new FormatException($"{file}:{line}: span {start}+{length} outside the text");
                }

                gold.Add(new PersonalDataSpan(kind, start, length));
                from = start + length;
            }
        }

        return new LabelledPersonalData(line, text, gold);
    }
}
