using System.Globalization;
using System.Text;

namespace AutoDiag.Interview.Formatting;

/// <summary>Text helpers for recognising what French users type, and for writing French back.</summary>
public static class FrenchText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Lower case, no accents, apostrophes unified, punctuation and spaces squeezed: « J’ai terminé ! » → « j'ai termine ».</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                _ when char.IsLetterOrDigit(c) || c == '\'' || c == '/' => char.ToLowerInvariant(c),
                _ => ' ',
            });
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A place after « de »: « de Merville », « d'Estaires », « du Doulieu », « des Moëres ».</summary>
    public static string Of(string name)
    {
        if (name.StartsWith("Le ", StringComparison.Ordinal))
        {
            return $"du {name[3..]}";
        }
        if (name.StartsWith("Les ", StringComparison.Ordinal))
        {
            return $"des {name[4..]}";
        }
        return Elided(name);
    }

    /// <summary>
    /// A person's name typed all in lower case, as on a phone, with its capitals: « jean-pierre leroy » → « Jean-Pierre
    /// Leroy », « paul de la roche » → « Paul de la Roche ». A name with any capital is left as typed.
    /// </summary>
    public static string CapitalizeName(string name)
    {
        if (name.Any(char.IsUpper))
        {
            return name;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((word, index) => index > 0 && IsParticle(word, words[index - 1])
            ? word
            : string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpper(part[0], CultureInfo.GetCultureInfo("fr-FR")) + part[1..]))));
    }

    /// <summary>A sentence's first letter as a capital, accented where it belongs: « à Estaires le CCAS… » → « À Estaires le CCAS… ».</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>« de », « du », « d' », and « la » / « le » after « de » (« Paul de la Roche »), but « Marie Le Goff ».</summary>
    private static bool IsParticle(string word, string before) =>
        word is "de" or "du" or "des" or "d'" or "van" or "von" || (word is "la" or "le" && before == "de");

    /// <summary>« Mobilité, Jeunesse et Santé ».</summary>
    public static string JoinWithEt(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} et {items[^1]}",
    };

    /// <summary>Numbers as the French write them: « 40 239 ».</summary>
    public static string Number(int value) => value.ToString("N0", French);

    /// <summary>« de la CC Flandre Lys », « de la Métropole… », « d'Ardenne Thiérache »: names of intercommunalités take their article.</summary>
    public static string OfIntercommunality(string name)
    {
        string[] feminine = ["CC ", "CA ", "CU ", "Communauté ", "Métropole "];
        if (feminine.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
        {
            return $"de la {name}";
        }
        return Elided(name);
    }

    /// <summary>« de » before a name, elided before a vowel or an h: « d'Estaires », « de Merville ».</summary>
    private static string Elided(string name) =>
        name.Length > 0 && "AEIOUYHÉÈÊÂÎÔaeiouyhéèêâîô".Contains(name[0]) ? $"d'{name}" : $"de {name}";

    /// <summary>« 28 novembre 2026 », « 1er octobre 2026 »: as the fiche synthèse writes it, so that the chat and the fiche agree.</summary>
    public static string Date(DateOnly date) => Knowledge.Synthesis.FicheSyntheseTexts.Date(date);

    /// <summary>A moment stored in UTC, as a date in Paris: « 28 novembre 2026 ».</summary>
    public static string Date(DateTime utc) =>
        Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris)));

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>« 1 difficulté », « 3 difficultés », « aucune difficulté ».</summary>
    public static string Count(int count, string singular, string plural, string none) =>
        count == 0 ? none : $"{Number(count)} {(count == 1 ? singular : plural)}";
}
