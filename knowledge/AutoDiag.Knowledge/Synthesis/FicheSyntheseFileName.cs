using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>File names of the fiche synthèse: ASCII slugs that every mail client, Teams and file system accept.</summary>
public static class FicheSyntheseFileName
{
    private const int MaxSlugLength = 80;

    /// <summary>« fiche-synthese-cc-flandre-lys-2026-11-28 ».</summary>
    public static string BaseName(string intercommunalityName, DateOnly day) =>
        $"fiche-synthese-{Slug(intercommunalityName)}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>« {baseName}.png »: the Markdown links the heatmap under this name, so it is sent beside it under this name.</summary>
    public static string Heatmap(string baseName) => baseName + ".png";

    /// <summary>Lower-case ASCII letters and digits separated by single hyphens: « CC Flandre-Lys (Nord) » → « cc-flandre-lys-nord ».</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            var ascii = lower switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => lower.ToString(),
                _ => "-",
            };
            if (ascii == "-" && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(ascii);
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxSlugLength)
        {
            slug = slug[..MaxSlugLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "intercommunalite" : slug;
    }
}
