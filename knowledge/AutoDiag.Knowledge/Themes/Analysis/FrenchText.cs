using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// Cuts French free text into words with comparison keys, using Lucene's French analysis: Unicode word boundaries,
/// elisions (« l'emploi » = « emploi »), case and accent folding (« agees » = « âgées ») and light stemming
/// (« logements » = « logement »).
/// </summary>
internal static class FrenchText
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Only word boundaries and elisions run in the Lucene chain: abbreviations are recognised on the word as typed
    // (« PA » is not « pa »), so folding and stemming are applied to each word afterwards.
    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));
    });

    private static readonly FrenchLightStemmer Stemmer = new();

    private static readonly HashSet<string> StopWords =
        FrenchAnalyzer.DefaultStopSet.Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <remarks>Thread-safe: Lucene keeps one token stream per thread.</remarks>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        using var stream = Words.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var surface = term.ToString();
            var folded = Fold(surface);
            // The elided article is cut from the front of the token, so the word itself ends where the token ends.
            var end = offset.EndOffset;
            tokens.Add(new TextToken(Stem(folded), folded, surface, end - surface.Length, end, IsContent(folded)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Lower case, without accents or ligatures: « Âgées » → « agees », « œuvre » → « oeuvre ».</summary>
    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        var input = lower.ToCharArray();
        // One character folds into at most four (« ⑽ » → « (10) »).
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        var folded = new StringBuilder(length);
        foreach (var character in output.AsSpan(0, length))
        {
            // Text typed with combining accents (« e » + U+0301) keeps the marks, which have no ASCII form.
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(character);
            }
        }

        return folded.ToString();
    }

    private static string Stem(string folded)
    {
        var buffer = folded.ToCharArray();
        var length = Stemmer.Stem(buffer, buffer.Length);
        return length == buffer.Length ? folded : new string(buffer, 0, length);
    }

    // Articles, pronouns, auxiliaries and numbers say nothing about a theme.
    private static bool IsContent(string folded) => !StopWords.Contains(folded) && folded.Any(char.IsLetter);
}
