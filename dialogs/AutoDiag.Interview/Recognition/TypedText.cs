using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Recognition;

/// <summary>How what people type is compared with the phrases the recognizers know.</summary>
internal static class TypedText
{
    /// <summary>
    /// Normalized (<see cref="FrenchText.Normalize"/>), apostrophes dropped: typed on a phone, « jai termine » and
    /// « cest tout » mean « j'ai terminé » and « c'est tout ».
    /// </summary>
    public static string Key(string? text) => FrenchText.Normalize(text).Replace("'", string.Empty, StringComparison.Ordinal);

    /// <summary>The normalized words, apostrophes and slashes as spaces: « l'aggravation » and « Merville/Estaires » name words.</summary>
    public static string[] Words(string? text) => FrenchText.Normalize(text).Split([' ', '\'', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="text"/> is <paramref name="words"/>, or begins with them followed by a space.</summary>
    public static bool StartsWithWords(string text, string words) =>
        text == words || text.StartsWith(words + " ", StringComparison.Ordinal);
}
