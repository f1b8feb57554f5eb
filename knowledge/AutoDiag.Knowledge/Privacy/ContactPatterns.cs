using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Privacy;

/// <summary>Telephone numbers and e-mail addresses: closed formats, found by regular expressions on the raw text.</summary>
internal static partial class ContactPatterns
{
    public static IEnumerable<PersonalDataSpan> Find(string text)
    {
        foreach (Match match in Email().Matches(text))
        {
            yield return new PersonalDataSpan(PersonalDataKind.Email, match.Index, match.Length);
        }

        foreach (Match match in SpelledEmail().Matches(text))
        {
            yield return new PersonalDataSpan(PersonalDataKind.Email, match.Index, match.Length);
        }

        foreach (Match match in FrenchPhone().Matches(text))
        {
            yield return new PersonalDataSpan(PersonalDataKind.Phone, match.Index, match.Length);
        }

        foreach (Match match in UnevenFrenchPhone().Matches(text))
        {
            // « la réunion du 03 04 2025 18 participants »: a year among the groups makes it a date.
            if (match.Value.Count(char.IsAsciiDigit) == 10 && !YearGroup().IsMatch(match.Value))
            {
                yield return new PersonalDataSpan(PersonalDataKind.Phone, match.Index, match.Length);
            }
        }

        foreach (Match match in InternationalPhone().Matches(text))
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            if (digits is >= 10 and <= 14)
            {
                yield return new PersonalDataSpan(PersonalDataKind.Phone, match.Index, match.Length);
            }
        }
    }

    /// <summary>What may stand between a phone's digit groups: spaces (no-break ones too), a dot, a hyphen or a dash.</summary>
    private const string Separators = @"\x20\u00A0\u202F.\-\u2010\u2011\u2013";

    // French numbers: ten digits starting with 0 and a non-zero digit, grouped in pairs with one separator used
    // throughout (06 12 34 56 78, 06.12.34.56.78, 06-12-…, 06/12/…, 0612345678) or with one before every pair, mixed
    // as typed (06.79 25 13 84 — so never a date and a number: « 04.11.2024 18h30 »); as 4-3-3 (0800 123 456,
    // 0 800 123 456) or 2-4-4 (06 1234 5678); or +33 / 0033 (French overseas codes too) and nine digits, with an
    // optional (0) or 0 — « (+33) 6 … », « +33 06 … », « +262 692 45 18 73 » too. Never glued to other digits
    // (« 06.12.34.56.78.90 » is no phone), and dates (12/03/2024), postal codes (59660), amounts (1 200 €), SIRET
    // numbers and populations (4 180 habitants) are left alone: none has ten digits from a 0 in these groupings. Two
    // numbers may share a slash: « 03 …/06 … ».
    [GeneratedRegex(
        $$"""
        (?<![\d+]|\d[.\-])
        (?:
            (?:\((?:\+|00)(?:33|262|269|508|590|594|596|681|687|689)\)|(?:\+|00)[\x20\u00A0\u202F]?(?:33|262|269|508|590|594|596|681|687|689))
            [{{Separators}}]?(?:\(0\)[{{Separators}}]?|0)?
            (?:[1-9](?<s1>[{{Separators}}]?)\d{2}(?:\k<s1>\d{2}){3}|[1-9]\d{2}(?<s2>[{{Separators}}]?)\d{3}\k<s2>\d{3}
              |[1-9]\d{2}(?<s6>[{{Separators}}])\d{2}(?:\k<s6>\d{2}){2})
          | 0[1-9](?<s3>[{{Separators}}/]?)\d{2}(?:\k<s3>\d{2}){3}
          | 0[1-9](?:[{{Separators}}]\d{2}){4}
          | 0[\x20\u00A0\u202F]?[1-9]\d{2}(?<s4>[{{Separators}}]?)\d{3}\k<s4>\d{3}
          | 0[1-9](?<s5>[{{Separators}}])\d{4}\k<s5>\d{4}
        )
        (?!\d|[.\-]\d)
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FrenchPhone();

    // Ten digits from 0 typed in uneven groups of two to four, one kind of separator throughout: « 06 12 34 5678 »,
    // « 06 234 567 89 », « 0612 34 56 78 » (kept when the digits are ten and no group is a year).
    [GeneratedRegex(
        $$"""(?<![\d+]|\d[.\-])0[1-9]\d{0,2}(?<sep>[{{Separators}}])\d{2,4}(?:\k<sep>\d{2,4}){1,3}(?!\d|[.\-]\d)""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UnevenFrenchPhone();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearGroup();

    // Other countries (Belgium next door: +32 56 41 22 87): a + and a 2- or 3-digit country code, then digit
    // groups; kept when 10 to 14 digits in all.
    [GeneratedRegex(
        @"(?<![\d+])\+(?!33|262|269|508|590|594|596|681|687|689)[1-9]\d{1,2}(?:[ \u00A0\u202F.\-]?(?:\(0\)[ \u00A0\u202F.\-]?)?\d{1,4}){2,6}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhone();

    // local@domain, letters with accents allowed on both sides; the domain's dot and TLD may be missing in a chat
    // (« dupont@gmail »); « (at) » and « [at] » stand for @ — in lower case: « (AT) » is an accident du travail —, and
    // « (a) » glued to a domain with its dot (« jean.dupont(a)orange.fr », not « la réponse (a) »). A
    // space that a phone's autocorrect put around the @, or « arobase » or « at », counts when a domain with its dot
    // follows (« marc.dupont @gmail.com », « hubert59 at gmail.com », not « rdv @ la mairie »). A final dot is the
    // sentence's.
    [GeneratedRegex(
        @"(?<![\p{L}\p{M}\p{N}._%+\-])[\p{L}\p{M}\p{N}_%+\-]+(?:\.[\p{L}\p{M}\p{N}_%+\-]+)*(?:@|\s?[\(\[](?-i:at)[\)\]]\s?|(?:\s@\s?|@\s|\s(?:arobase|arobas|at)\s|\((?-i:a)\))(?=[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\-]*\.\p{L}{2,}))[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?)*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    // An address read out in words, as dictated over the phone: « jean point dupont arobase gmail point com », « jean
    // point dupont at gmail.com », « jean dot dupont at orange dot com ». Needs « arobase » or « at » and a known ending,
    // so that « point » in a sentence is never taken.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._\-])[\p{L}\p{N}_\-]+(?:(?:\.|\s(?:point|dot|tiret)\s)[\p{L}\p{N}_\-]+)*\s(?:arobase|arobas|at)\s[\p{L}\p{N}\-]+(?:(?:\.|\s(?:point|dot|tiret)\s)[\p{L}\p{N}\-]+)*(?:\.|\s(?:point|dot)\s)(?:com|fr|net|org|eu|be|info)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledEmail();
}
