using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Benchmarks;

/// <summary>
/// Builds answers of realistic length from the shipped corpus: one to three of its texts, joined the way élus join
/// subjects (a space, a line break, « ; », « , et »). Same seed, same answers.
/// </summary>
public static class AnswerGenerator
{
    private const int Seed = 42;

    private static readonly string[] Joins = [" ", "\n- ", " ; ", ", et "];

    public static IReadOnlyList<string> Build(int count)
    {
        var catalog = ThemeCatalog.LoadDefault();
        var corpus = LabelledTextFile.ReadDirectory(LocalThemeCategorizer.DefaultTrainingDirectory, catalog)
            .Select(text => text.Text)
            .ToList();
        var random = new Random(Seed);
        var answers = new List<string>(count);
        for (var index = 0; index < count; index++)
        {
            var answer = corpus[random.Next(corpus.Count)];
            var more = random.Next(3);
            for (var part = 0; part < more; part++)
            {
                answer += Joins[random.Next(Joins.Length)] + corpus[random.Next(corpus.Count)];
            }

            answers.Add(answer);
        }

        return answers;
    }
}
