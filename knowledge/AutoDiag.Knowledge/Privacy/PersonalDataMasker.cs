using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// Finds personal data about residents in an élu's free text — telephone numbers, e-mail addresses, street
/// addresses, names after a civility or a family word or shown by a known first name (« Kevin Dubois », « Maryse qui
/// habite… »), precise ages of a designated person — and replaces each with
/// a French placeholder: « Mme Dupont, 87 ans, 12 rue des Lilas » → « Mme [nom], [âge], [adresse] ».
/// </summary>
/// <remarks>
/// Rules, not a model: regular expressions for phones and e-mails, then word rules over the text's tokens, with
/// small French word lists (knowledge/docs/privacy.md). No state, no I/O: one instance can serve every thread.
/// What is kept around a span: the civility or family word (« Mme [nom] », « la famille [nom] », « le fils [nom] »),
/// the words that introduce an age (« âgée de [âge] »), the labels (« tel [téléphone] »).
/// </remarks>
public sealed class PersonalDataMasker
{
    /// <summary>The placeholder that replaces data of <paramref name="kind"/>.</summary>
    public static string Placeholder(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Phone => "[téléphone]",
        PersonalDataKind.Email => "[e-mail]",
        PersonalDataKind.StreetAddress => "[adresse]",
        PersonalDataKind.PersonName => "[nom]",
        PersonalDataKind.Age => "[âge]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A text masked earlier, its placeholders left out, for the categoriser: it never reads them.</summary>
    public static string WithoutPlaceholders(string masked) =>
        Enum.GetValues<PersonalDataKind>().Aggregate(masked, (text, kind) => text.Replace(Placeholder(kind), string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// What a masked age says of the need, for the categoriser alone: « [âge] » reads as old age, wrongly for « Kevin,
    /// 17 ans »; the age group keeps the sense without the figure.
    /// </summary>
    private static string AgeGroup(string age)
    {
        if (age.Contains("mois", StringComparison.OrdinalIgnoreCase))
        {
            return "enfant";
        }
        var digits = new string(age.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var years) switch
        {
            // A birth year, or an age in words (masked from forty on): no group to tell.
            false => string.Empty,
            true when years >= 1900 => string.Empty,
            true when years < 12 => "enfant",
            true when years < 26 => "jeune",
            true when years >= 60 => "personne âgée",
            _ => string.Empty,
        };
    }

    /// <summary>The personal data in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<PersonalDataSpan> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var contacts = Resolve(text, ContactPatterns.Find(text));
        var tokens = TextTokens.Split(text, contacts.Select(span => (span.Start, span.End)).ToList());
        var names = PersonNameRules.Find(tokens);
        var nameEnds = new HashSet<int>(names.Select(name => name.Last));
        var nameStarts = new HashSet<int>(names.Select(name => name.First));
        var maskedAddressEnds = new List<int>();
        for (var i = 2; i < tokens.Count; i++)
        {
            // A text masked before: « Mme [nom], 87 ans », « 87 ans, Mme [nom] », « Mme [nom], rue des Lilas ».
            if (tokens[i].IsPunct(']') && tokens[i - 2].IsPunct('['))
            {
                if (tokens[i - 1].Folded == "nom")
                {
                    nameEnds.Add(i);
                    nameStarts.Add(i - 2);
                }
                else if (tokens[i - 1].Folded == "adresse")
                {
                    maskedAddressEnds.Add(i);
                }
            }
        }

        var addresses = StreetAddressRules.Find(tokens, nameEnds);
        var anchors = new HashSet<int>(nameEnds.Concat(maskedAddressEnds).Concat(addresses.Select(address => address.Last)));
        var ages = AgeRules.Find(tokens, anchors, nameStarts);
        return Resolve(text, contacts
            .Concat(ToSpans(tokens, names, PersonalDataKind.PersonName))
            .Concat(ToSpans(tokens, addresses, PersonalDataKind.StreetAddress))
            .Concat(ToSpans(tokens, ages, PersonalDataKind.Age)));
    }

    /// <summary><paramref name="text"/> with each span found replaced by its placeholder.</summary>
    public MaskedText Mask(string text)
    {
        var found = Detect(text);
        if (found.Count == 0)
        {
            return new MaskedText(text, found, false) { ForCategorization = text };
        }

        var builder = new StringBuilder(text.Length);
        var forCategorization = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in found)
        {
            builder.Append(text, position, span.Start - position).Append(Placeholder(span.Kind));
            forCategorization.Append(text, position, span.Start - position).Append(' ')
                .Append(span.Kind == PersonalDataKind.Age ? AgeGroup(span.Of(text)) : string.Empty).Append(' ');
            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        forCategorization.Append(text, position, text.Length - position);
        return new MaskedText(builder.ToString(), found, true) { ForCategorization = forCategorization.ToString() };
    }

    private static IEnumerable<PersonalDataSpan> ToSpans(List<TextToken> tokens, List<(int First, int Last)> ranges, PersonalDataKind kind) =>
        ranges.Select(range => new PersonalDataSpan(kind, tokens[range.First].Start, tokens[range.Last].End - tokens[range.First].Start));

    /// <summary>
    /// Sorts spans and settles overlaps: spans of one kind that overlap or touch are joined (names and addresses also
    /// across a space); of different kinds, the longer wins (« rue Mme de Sévigné » stays one address).
    /// </summary>
    private static List<PersonalDataSpan> Resolve(string text, IEnumerable<PersonalDataSpan> spans)
    {
        var result = new List<PersonalDataSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length).ThenBy(s => s.Kind))
        {
            if (result.Count == 0)
            {
                result.Add(span);
                continue;
            }

            var last = result[^1];
            var joinAcrossSpace = span.Kind is PersonalDataKind.PersonName or PersonalDataKind.StreetAddress && span.Start == last.End + 1 && char.IsWhiteSpace(text[last.End]);
            if (span.Kind == last.Kind && (span.Start <= last.End || joinAcrossSpace))
            {
                result[^1] = last with { Length = Math.Max(last.End, span.End) - last.Start };
            }
            else if (span.Start < last.End)
            {
                if (span.Length > last.Length)
                {
                    result[^1] = span;
                }
            }
            else
            {
                result.Add(span);
            }
        }

        return result;
    }
}
