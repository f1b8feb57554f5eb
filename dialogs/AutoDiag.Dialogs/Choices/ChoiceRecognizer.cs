using System.Globalization;
using System.Text;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Finds which choice an answer designates, ignoring case, accents and punctuation: the whole answer is a
/// choice's value, title or synonym; or a 1-based number; or the answer mentions exactly one choice.
/// </summary>
internal static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? utterance, IList<Choice> choices)
    {
        var words = Words(utterance);
        if (words.Length == 0)
        {
            return null;
        }

        var terms = choices
            .SelectMany((choice, index) => TermsOf(choice).Select(text => new Term(index, text, Words(text))))
            .Where(term => term.Words.Length > 0)
            .ToList();

        var exact = terms.Where(term => term.Words.SequenceEqual(words)).ToList();
        if (exact.Count > 0)
        {
            return exact.Select(term => term.ChoiceIndex).Distinct().Count() == 1
                ? Found(choices, exact[0], 1.0)
                : null;
        }

        // A value such as "2" was matched above, so numbers only stand for positions here.
        if (words.Length == 1
            && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return Found(choices, new Term(number - 1, words[0], words), 1.0);
        }

        return RecognizeMention(words, terms, choices);
    }

    /// <summary>Lower case, accents removed, anything but letters and digits as separators.</summary>
    private static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // "plutôt élevé" designates élevé; "faible ou élevé" designates nothing. Longer terms win over the terms they
    // contain, so that "très élevé" is not also read as "élevé".
    private static FoundChoice? RecognizeMention(string[] words, List<Term> terms, IList<Choice> choices)
    {
        var covered = new bool[words.Length];
        var mentions = new List<Term>();
        var candidates = terms
            .Where(term => term.Words is not [{ Length: 1 }]) // single letters are elided words in French: n', d', l'
            .OrderByDescending(term => term.Words.Length)
            .ThenByDescending(term => term.Text.Length);
        foreach (var term in candidates)
        {
            for (var start = 0; start + term.Words.Length <= words.Length; start++)
            {
                var span = Enumerable.Range(start, term.Words.Length);
                if (words.AsSpan(start, term.Words.Length).SequenceEqual(term.Words) && !span.Any(i => covered[i]))
                {
                    foreach (var i in span)
                    {
                        covered[i] = true;
                    }

                    mentions.Add(term);
                }
            }
        }

        if (mentions.Count == 0 || mentions.Select(term => term.ChoiceIndex).Distinct().Count() > 1)
        {
            return null;
        }

        return Found(choices, mentions[0], (double)covered.Count(c => c) / words.Length);
    }

    private static IEnumerable<string> TermsOf(Choice choice)
    {
        yield return choice.Value;
        if (choice.Title is not null)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static FoundChoice Found(IList<Choice> choices, Term term, double score) => new()
    {
        Value = choices[term.ChoiceIndex].Value,
        Index = term.ChoiceIndex,
        Score = score,
        Synonym = term.Text,
    };

    private sealed record Term(int ChoiceIndex, string Text, string[] Words);
}
