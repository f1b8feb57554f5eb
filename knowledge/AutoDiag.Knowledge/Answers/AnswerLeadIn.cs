using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// The words élus and secrétaires put before an answer that are not part of it: « ah j'oubliais : », « au fait, », « il dit
/// que » (a secrétaire relaying an élu). Consultants read the answers, the fiche quotes them: what is stored starts with
/// what was said.
/// </summary>
public static partial class AnswerLeadIn
{
    /// <summary>The answer without its lead-in; as typed when it has none, or when nothing would be left.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = LeadIn().Match(text);
        var rest = match.Success ? text[match.Length..].TrimStart() : text;
        return rest.Any(char.IsLetterOrDigit) ? rest : text;
    }

    [GeneratedRegex(
        @"^\s*(?:(?:ah|oh|euh|alors|ah\s+oui|et)\b[\s,]*)?"
        + @"(?:j['’](?:ai\s+)?oubli(?:é|e|ais)(?:\s+de\s+(?:vous\s+)?(?:dire|préciser|preciser|signaler|mentionner))?(?:\s+qu(?:e\b|['’]))?"
        + @"|au\s+fait|autre\s+chose|une\s+autre\s+chose|petit\s+oubli|(?:il|elle|ils|elles)\s+(?:me\s+)?(?:dit|disent|signale|signalent|précise|precise|ajoute)\s+qu(?:e\b|['’])"
        + @"|(?:l['’]élu|l['’]elu|le\s+maire|l['’]adjoint|l['’]adjointe)\s+(?:me\s+)?(?:dit|signale|précise|precise|ajoute)\s+qu(?:e\b|['’]))"
        + @"(?:(?<=['’])|\s*[:,;.!-]+\s*|\s+|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
