namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// A number written in French words, as élus write an age: « quatre-vingt-quinze », « soixante et onze », « dix-huit »,
/// « quatre vingt dix », « cent deux »; also the Belgian and Swiss « septante », « nonante ».
/// </summary>
internal static class FrenchNumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
        ["quinze"] = 15, ["seize"] = 16,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["septante"] = 70,
        ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
    };

    /// <summary>
    /// The number spelt by the words from <paramref name="i"/> on, and its last token; null when there is none, or when
    /// it is a lone « un » / « une », which are articles far more often.
    /// </summary>
    public static (int Value, int Last)? Read(List<TextToken> tokens, int i)
    {
        // Asked at every word of every answer: most are no number, told at once.
        if (!StartsANumber(tokens[i].Folded))
        {
            return null;
        }

        var value = 0;
        var last = -1;
        var parts = 0;
        for (var k = i; k < tokens.Count && tokens[k].IsWord && (k == i || !tokens[k].BreakBefore); k++)
        {
            // « soixante et onze »: « et » only between two number words.
            if (tokens[k].Folded == "et" && last == k - 1)
            {
                continue;
            }

            if (Add(tokens[k].Folded, ref value, ref parts) is not true)
            {
                break;
            }

            last = k;
        }

        return last < 0 || (parts == 1 && value == 1) ? null : (value, last);
    }

    /// <summary>Where the number words that end at <paramref name="last"/> start (« quatre-vingt-un », « soixante et onze »), or -1.</summary>
    public static int StartBefore(List<TextToken> tokens, int last)
    {
        const int MaxWords = 5;
        var start = -1;
        for (var k = last; k >= 0 && k > last - MaxWords && tokens[k].IsWord; k--)
        {
            if (Read(tokens, k) is { } number && number.Last == last)
            {
                start = k;
            }
        }

        return start;
    }

    private static bool StartsANumber(string folded)
    {
        var dash = folded.IndexOf('-');
        var head = dash < 0 ? folded : folded[..dash];
        return Units.ContainsKey(head) || Tens.ContainsKey(head) || head is "cent" or "cents";
    }

    /// <summary>Adds a word (« quatre-vingt-quinze » part by part) to the number read so far; false when it is no number word.</summary>
    private static bool? Add(string word, ref int value, ref int parts)
    {
        var read = value;
        var count = parts;
        foreach (var part in word.Split('-'))
        {
            if (part == "et" && count > 0)
            {
                continue;
            }

            if (part is "vingt" or "vingts" && read % 100 == 4)
            {
                read += 76; // « quatre-vingt »: 4 becomes 80
            }
            else if (part is "cent" or "cents")
            {
                read = (read == 0 ? 1 : read) * 100;
            }
            else if (Tens.TryGetValue(part, out var ten) && read % 100 == 0)
            {
                read += ten;
            }
            else if (Units.TryGetValue(part, out var unit) && read % 10 == 0 && (read % 100 != 0 || unit <= 16) && read % 100 + unit < 100)
            {
                read += unit;
            }
            else
            {
                return false;
            }

            count++;
        }

        (value, parts) = (read, count);
        return true;
    }
}
