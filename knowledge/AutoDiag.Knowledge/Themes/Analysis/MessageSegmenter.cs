using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// Splits a message into the items it lists: élus often put several subjects in one message, on separate lines,
/// as bullets, joined by « ; », « aussi », « mais », or as a run of clauses separated by commas and a last « , et ».
/// Each item is categorised on its own.
/// </summary>
public static partial class MessageSegmenter
{
    // An enumeration is this many clauses at least; two clauses joined by a comma are often a need and its cause
    // or consequence (« Plus de médecin depuis 2019, les gens vont à 40 km ») and stay one item.
    private const int MinEnumerationClauses = 3;

    /// <summary>The items of a message, trimmed, in order; none when the message has no word.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        foreach (var line in LineBreak().Split(text))
        {
            foreach (var part in Separator().Split(Bullet().Replace(line, string.Empty, 1)))
            {
                foreach (var clause in Enumeration(part))
                {
                    var item = LeadingConnector().Replace(clause.Trim(), string.Empty).Trim().TrimEnd(',', ':');
                    if (item.Any(char.IsLetterOrDigit))
                    {
                        items.Add(item);
                    }
                }
            }
        }

        return items;
    }

    /// <summary>
    /// The items of a run of clauses joined by commas, the last one often by « , et » — counted in the run, so that
    /// « PA isolées sans TAD, les jeunes traînent le soir, et plus de chauffage » is three items. A piece that is no clause of its own (« à Merville »,
    /// « depuis 2020 », « qui passait le matin », « 3 fois par semaine ») stays with the clause before it, or the one
    /// after it at the start. An enumeration of <see cref="MinEnumerationClauses"/> clauses or more (« pas de
    /// médecin, le bus ne passe plus, logements insalubres ») is one item per clause; in a shorter run only a lack
    /// (« plus de », « manque de », « peu de ») or a « , et » starts an item: « Mme [nom] vit seule, plus de bus le samedi » is two
    /// needs, « Plus de médecin depuis 2019, les gens vont à 40 km » one.
    /// </summary>
    private static IEnumerable<string> Enumeration(string part)
    {
        // Most parts have no comma: no regex for them.
        if (!part.Contains(','))
        {
            return [part];
        }

        var commas = Comma().Matches(part);
        if (commas.Count == 0)
        {
            return [part];
        }

        var clauses = new List<(int Start, int End, bool StartsItem)>();
        var start = 0;
        var pendingStart = -1; // pieces before the first clause join it
        for (var i = 0; i <= commas.Count; i++)
        {
            var end = i < commas.Count ? commas[i].Index : part.Length;
            var piece = part[start..end];
            var startsItem = Lack().IsMatch(piece) || AndAfterComma().IsMatch(piece);
            if (startsItem || IsClause(piece))
            {
                clauses.Add((pendingStart >= 0 ? pendingStart : start, end, startsItem));
                pendingStart = -1;
            }
            else if (clauses.Count > 0)
            {
                clauses[^1] = clauses[^1] with { End = end };
            }
            else if (pendingStart < 0)
            {
                pendingStart = start;
            }

            start = end + 1;
        }

        if (clauses.Count < MinEnumerationClauses)
        {
            // Only a lack or a « , et » starts an item: the other clauses join the one before.
            for (var i = clauses.Count - 1; i > 0; i--)
            {
                if (!clauses[i].StartsItem)
                {
                    clauses[i - 1] = clauses[i - 1] with { End = clauses[i].End };
                    clauses.RemoveAt(i);
                }
            }
        }

        return clauses.Count == 0 ? [part] : clauses.Select(clause => part[clause.Start..clause.End]);
    }

    // A clause starts with a word that can open one: not a preposition, a relative, an adverb of circumstance, a
    // verb whose subject is before the comma, « ne », a figure or a time (« le samedi »).
    // A single word (« poste », « l'eau ») is an item of a list inside a clause (« ferment : gendarmerie, poste,
    // perception »), not a clause.
    private static bool IsClause(string piece) =>
        FirstWord().Match(piece) is { Success: true } first
        && !NotAClauseStart().IsMatch(first.Groups["word"].Value)
        && Word().Count(piece) - Article().Count(piece) >= 2;

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:l(?=['’])|le|la|les|un|une|des|du)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"^\s*(?:plus|manque|peu)\s+d(?:e\b|u\b|es\b|')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lack();

    [GeneratedRegex(@"^\s*et\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndAfterComma();

    // A comma, except between two digits (« 1,5 »).
    [GeneratedRegex(@"(?<!\d),|,(?!\d)")]
    private static partial Regex Comma();

    [GeneratedRegex(@"^\s*(?<word>(?:(?:l'|l’|les?\s+|la\s+)(?=\p{L}))?[\p{L}\d]+)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(
        @"^(?:\d.*|a|à|au|aux|de|d|ni|après|apres|avant|côté|cote|peu|très|tres|bien|mal|plutôt|plutot|en|dans|depuis|pendant|durant|sur|sous|pour|par|avec|chez|vers|entre|sans|selon|comme|"
        + @"est|sont|était|etait|étaient|etaient|ont|avait|avaient|reste|restent|vit|vivent|habite|habitent|va|vont|doit|doivent|peut|peuvent|fait|font|s|se|surtout|notamment|environ|soit|sauf|hors|via|dont|qui|que|qu|où|ou|ne|n|eux|lui|donc|enfin|bref|etc|voire|"
        + @"parfois|souvent|toujours|jamais|encore|déjà|deja|puis|ensuite|alors|car|parce|puisque|lorsque|quand|si|"
        + @"(?:l'|l’|les?\s+|la\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|midi|soir|nuit|"
        + @"week|weekend|hiver|été|ete|printemps|automne|mois|semaine|année|annee|an|jour)s?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAClauseStart();

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreak();

    // « - », « • », « 1. », « 2) », « a) » at the start of a line.
    [GeneratedRegex(@"^\s*(?:[-*•·▶►▪◦‣⁃–—>]+|\d{1,2}[.)]|[a-z]\))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Bullet();

    // A sentence end before a capital or a digit; before a lower-case letter, only a « ! », « ? », « … », « .. »
    // or a dot after a word of two characters at least that is no abbreviation, so that « pers. âgées » and
    // « P.A. isolées » stay whole. « - », « + » and « / » between words.
    [GeneratedRegex(
        @";|(?<=[.!?…])\s+(?=[\p{Lu}\d«""])"
        + @"|(?<=[!?…]|\.\.|(?<![\p{L}\d.])[\p{L}\d]{2,}\.)(?<!(?<![\p{L}\d])(?i:pers|env|hab|tél|tel|mme|mlle|mr|dr|st|ste|cf|ex|nb|asso|assos|info|infos|min|max|qq|av|bd|apr|approx|sem|dép|dept|resp|adj|cté|éd|vol|coord|admin|cat|nbr|nbre|tx)\.)\s+(?=\p{Ll})"
        + @"|(?i:(?:,\s*|\s+et\s+)aussi\b|,?\s+(?:mais|par contre|en revanche)\s+)"
        + @"|\s+[-–—+/]\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?:et|aussi|mais|puis|enfin)\b[\s,:]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConnector();
}
