using System.Globalization;
using System.Text.RegularExpressions;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// Finds, in an answer to the difficulties (or resources) question, a clause that clearly reads as the other kind:
/// élus say a difficulty and the help that exists in one breath (« Beaucoup de personnes âgées isolées, heureusement le
/// club des aînés passe les voir »), or a resource and its limit (« Il y a une épicerie solidaire mais elle est
/// débordée »). Both a contrast marker and the clause's content must fit: a false offer annoys, a missed one loses
/// little. Pure and allocation-light: it runs on every free-text answer, and most answers have no marker at all.
/// </summary>
public static partial class MixedAnswerDetector
{
    // Longer clauses are rarely one clear statement, and would not fit in a one-line offer.
    private const int MaxClauseLength = 300;
    private const int MinClauseWords = 2;
    // Before the marker, something of the asked kind: a message that opens with the marker is one kind only.
    private const int MinWordsBefore = 2;

    /// <summary>
    /// The clause of <paramref name="answer"/> to offer adding as the kind not asked, trimmed and capitalised; null when
    /// none clearly reads so. Run it on the masked text: the clause is quoted back to the élu.
    /// </summary>
    /// <param name="asked">The question the answer was given to: <see cref="AnswerKind.Difficulty"/> looks for a resource.</param>
    public static string? OtherKindClause(string answer, AnswerKind asked) => Find(answer, asked)?.Text;

    /// <summary>
    /// The answer without its clause of the other kind, « […] » where it stood inside: what the élu said of the kind
    /// asked, to quote back (« Beaucoup de personnes âgées isolées », not « …, heureusement le club des aînés passe les
    /// voir » above a risk question). The answer itself when it has no such clause, or when the clause needs its whole
    /// sentence to be read (« Il y a une épicerie solidaire mais elle est débordée »: nothing would be left).
    /// </summary>
    public static string WithoutOtherKindClause(string answer, AnswerKind asked)
    {
        if (Find(answer, asked) is not { WholeSentence: false } found)
        {
            return answer;
        }
        var before = answer[..found.CutFrom].TrimEnd(ClauseTrim);
        var after = answer[found.End..].TrimStart(ClauseTrim);
        return after.Length == 0 ? before : $"{before} […] {after}";
    }

    /// <param name="CutFrom">Where what goes with the clause starts: its contrast marker (« heureusement »), or the connector before « quand même ».</param>
    /// <param name="WholeSentence">The clause is its whole sentence: read alone, its own part would not say what it is about.</param>
    private sealed record FoundClause(string Text, int CutFrom, int End, bool WholeSentence);

    private static FoundClause? Find(string answer, AnswerKind asked)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var markers = asked == AnswerKind.Difficulty ? ResourceMarker() : DifficultyMarker();
        for (var marker = markers.Match(answer); marker.Success; marker = marker.NextMatch())
        {
            if (ClauseAt(answer, marker, asked) is { } clause)
            {
                return clause;
            }
        }
        return null;
    }

    private static FoundClause? ClauseAt(string answer, Match marker, AnswerKind asked)
    {
        var (sentenceStart, sentenceEnd) = SentenceAround(answer, marker.Index);
        var (cutFrom, start) = marker.Groups["anyway"].Success ? ClauseBefore(answer, sentenceStart, marker.Index)
            : marker.Groups["thanks"].Success ? (marker.Index, marker.Index)
            : (marker.Index, marker.Index + marker.Length);
        if (CountWords(answer.AsSpan(0, Math.Min(start, marker.Index))) < MinWordsBefore)
        {
            return null;
        }

        // At the resources question, élus also type a difficulty with a « mais » inside (« des jeunes voudraient travailler
        // mais il n'y a pas d'emploi »): a limit is offered only after a resource named in its sentence.
        if (asked == AnswerKind.Resource && !NamesResource(answer.AsSpan(sentenceStart, marker.Index - sentenceStart)))
        {
            return null;
        }

        var breaker = Breaker().Match(answer, marker.Index + marker.Length, sentenceEnd - marker.Index - marker.Length);
        var end = breaker.Success ? breaker.Index : sentenceEnd;
        // « on a quand même une pharmacie, mais elle va fermer »: a help taken back at once is no resource to offer.
        if (asked == AnswerKind.Difficulty && breaker.Success && Problem().IsMatch(answer.AsSpan(end, sentenceEnd - end)))
        {
            return null;
        }

        var clause = answer[start..end].Trim(ClauseTrim);
        if (clause.Length == 0 || !(asked == AnswerKind.Difficulty ? ReadsAsResource(clause) : ReadsAsDifficulty(clause)))
        {
            return null;
        }

        // « elle est débordée », « trop cher »: said of what comes before, which the clause needs to be read alone.
        var wholeSentence = !StandsAlone().IsMatch(clause);
        if (wholeSentence)
        {
            clause = answer[sentenceStart..end].Trim(ClauseTrim);
        }
        return clause.Length > MaxClauseLength || CountWords(clause) < MinClauseWords
            ? null
            : new FoundClause(Capitalized(clause), cutFrom, end, wholeSentence);
    }

    private static bool ReadsAsResource(string clause) =>
        !Problem().IsMatch(clause)
        && (Thanks().IsMatch(clause) && Helper().IsMatch(clause)
            || Helper().IsMatch(clause) && (Offers().IsMatch(clause) || Exists().IsMatch(clause))
            || WorksWell().IsMatch(clause) && StandsAlone().IsMatch(clause));

    private static bool NamesResource(ReadOnlySpan<char> text) =>
        !Problem().IsMatch(text) && (Helper().IsMatch(text) || Offers().IsMatch(text) || Praise().IsMatch(text));

    private static bool ReadsAsDifficulty(string clause) => Problem().IsMatch(clause) && !NotAProblem().IsMatch(clause);

    /// <summary>The sentence the marker is in: a line, or up to « . ; ! ? ».</summary>
    private static (int Start, int End) SentenceAround(string text, int index)
    {
        var start = index;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }
        var end = index;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }
        return (start, end);
    }

    // A dot ends a sentence only before a space, and not after a lone letter: « 1.5 km », « P.A. isolées » stay whole.
    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '.' => (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !(i >= 1 && char.IsLetter(text[i - 1]) && (i == 1 || !char.IsLetterOrDigit(text[i - 2]))),
        ';' or '!' or '?' or '…' or '\n' or '\r' => true,
        _ => false,
    };

    /// <summary>
    /// « quand même » sits inside its clause (« on a quand même un TAD »): the clause starts at the comma or connector
    /// before it, which goes with the clause when it is cut out.
    /// </summary>
    private static (int CutFrom, int Start) ClauseBefore(string text, int sentenceStart, int markerIndex)
    {
        var (cutFrom, start) = (sentenceStart, sentenceStart);
        for (var boundary = ClauseBoundary().Match(text, sentenceStart, markerIndex - sentenceStart); boundary.Success; boundary = boundary.NextMatch())
        {
            (cutFrom, start) = (boundary.Index, boundary.Index + boundary.Length);
        }
        return (cutFrom, start);
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }
            inWord = isWordChar;
        }
        return count;
    }

    private static string Capitalized(string clause) =>
        char.IsLower(clause[0]) ? string.Concat(char.ToUpper(clause[0], CultureInfo.InvariantCulture).ToString(), clause.AsSpan(1)) : clause;

    private static readonly char[] ClauseTrim = [' ', '\t', ',', ':', '-', '–', '—', '(', ')', '.', '…', '!', '?', ';', '\u00a0'];

    // Before a resource: a contrast that announces help (« heureusement », « mais », « par contre », « grâce à » opening a
    // clause, « quand même »). « mais aussi » adds, it does not contrast.
    [GeneratedRegex(
        @"\b(?:heureusement(?:\s+qu(?:e\b|['’]))?|mais(?!\s+(?:aussi|[ée]galement|encore|surtout)\b)|par\s+contre|en\s+revanche|cependant|toutefois|n[ée]anmoins)\b"
        + @"|(?<=(?:^|[,;:.!?\n]|\b(?:mais|heureusement|et|contre|revanche))\s*)(?<thanks>\bgr[âa]ce\s+(?:à|a|au|aux)\b)"
        + @"|(?<anyway>\bquand\s+m[êe]me\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResourceMarker();

    // Before a difficulty: a contrast that announces a limit (« mais », « par contre », « malheureusement », « sauf que »).
    [GeneratedRegex(
        @"\b(?:mais(?!\s+(?:aussi|[ée]galement|encore|surtout)\b)|par\s+contre|en\s+revanche|cependant|toutefois|n[ée]anmoins|malheureusement|h[ée]las|sauf\s+que)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DifficultyMarker();

    // The next contrast ends the clause: « heureusement le club passe, mais il manque de bénévoles ».
    [GeneratedRegex(
        @"\b(?:mais|par\s+contre|en\s+revanche|cependant|toutefois|n[ée]anmoins|malheureusement|h[ée]las|sauf\s+que|heureusement)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breaker();

    [GeneratedRegex(@",|\b(?:et|mais|heureusement|par\s+contre|en\s+revanche)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    // « grâce à » opening the clause names its helper: « grâce à la Mission Locale, certains trouvent une formation ».
    [GeneratedRegex(@"^gr[âa]ce\s+(?:à|a|au|aux)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();

    // A service, structure or people who help: what a resource is made of.
    [GeneratedRegex(
        @"\b(?:associations?|assos?|club|clubs|ccas|cias|centres?\s+soci(?:al|aux)|[ée]piceries?|restos?\s+du\s+c(?:œ|oe)ur|secours\s+(?:populaire|catholique)"
        + @"|croix[- ]rouge|banque\s+alimentaire|transports?\s+(?:[àa]\s+la\s+demande|solidaires?)|tad|navettes?|minibus|covoiturage|b[ée]n[ée]voles?"
        + @"|france\s+services?|msap|mfs|maisons?\s+(?:de\s+sant[ée]|m[ée]dicales?|des\s+jeunes|de\s+services)|msp|mission\s+locale|admr|portage\s+de\s+repas"
        + @"|aides?[- ]m[ée]nag[èe]res?|aides?\s+[àa]\s+domicile|ssiad|saad|permanences?|espaces?\s+(?:de\s+vie\s+sociale|jeunes|num[ée]riques?)|evs|m[ée]diath[èe]que|biblioth[èe]que"
        + @"|tiers[- ]lieux?|ram|rpe|relais\s+(?:petite\s+enfance|assistantes?\s+maternelles)|cr[èe]ches?|micro[- ]cr[èe]ches?|halte[- ]garderie|accueil\s+de\s+loisirs"
        + @"|centre\s+de\s+loisirs|alsh|clsh|mjc|pij|point\s+info(?:rmation)?\s+jeunesse|plateforme\s+mobilit[ée]|garage\s+solidaire|auto[- ][ée]cole\s+sociale"
        + @"|ressourcerie|recyclerie|jardins?\s+(?:partag[ée]s?|solidaires?)|voisins|voisinage|entraide|paroisse|conseill[eè]re?s?\s+num[ée]riques?"
        + @"|[ée]ducateurs?|infirmi[eè]re?s?|m[ée]decins?|pharmacies?|mairie|secr[ée]taires?\s+de\s+mairie|assistantes?\s+sociales?|travailleurs?\s+sociaux"
        + @"|pmi|caf|msa|clic|marpa|foyer\s+rural|comit[ée]\s+des\s+f[êe]tes|t[ée]l[ée]assistance)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Helper();

    // What a helper does for people.
    [GeneratedRegex(
        @"\b(?:aide(?:nt)?|organise(?:nt)?|propose(?:nt)?|passe(?:nt)?|accompagne(?:nt)?|assure(?:nt)?|livre(?:nt)?|apporte(?:nt)?|distribue(?:nt)?|vien(?:t|nent)|rend(?:ent)?\s+visite|visite(?:nt)?"
        + @"|s['’]occupe(?:nt)?|soutien(?:t|nent)|d[ée]panne(?:nt)?|conduisent|conduit|emm[èe]ne(?:nt)?|prennent\s+le\s+relais|prend\s+le\s+relais|accueille(?:nt)?|re[çc]oi(?:t|vent)"
        + @"|interviennent|intervient|tien(?:t|nent)\s+(?:une\s+)?permanence|pr[êe]te(?:nt)?|finance(?:nt)?|fonctionne(?:nt)?|marche(?:nt)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offers();

    // That a helper is there: « il y a le club », « on a l'ADMR », « un TAD a été mis en place ».
    [GeneratedRegex(
        @"\b(?:est\s+l[àa]|sont\s+l[àa]|existe(?:nt)?|il\s+y\s+a|y\s+a|on\s+a|nous\s+avons|on\s+dispose|nous\s+disposons|(?:on|nous)\s+(?:peut|pouvons)\s+compter\s+sur"
        + @"|il\s+reste|(?:a|ont)\s+(?:[ée]t[ée]\s+)?(?:ouvert|cr[ée][ée]|mis\s+en\s+place|lanc[ée])e?s?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Exists();

    // What élus say of a resource before its limit: « très bien », « ok », « utile », « assuré », « financé ».
    [GeneratedRegex(
        @"\b(?:bien|ok|utiles?|efficaces?|bonne\s+solution|super|top|pr[ée]cieu(?:x|se)|appr[ée]ci[ée]e?s?|financ[ée]e?s?|assur[ée]e?s?|permis|mise?s?\s+[àa]\s+disposition"
        + @"|arriv[ée]e?s?|install[ée]e?s?|ouverte?s?|cr[ée][ée]e?s?|construite?s?|existe(?:nt)?|il\s+existe)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Praise();

    [GeneratedRegex(@"\b(?:fonctionne(?:nt)?|marche(?:nt)?|tourne(?:nt)?)\s+(?:tr[èe]s\s+|plut[ôo]t\s+|vraiment\s+)?bien\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorksWell();

    // A lack, a limit or a problem; also what makes a clause no resource (« ne … pas », « peu », « trop »).
    [GeneratedRegex(
        @"\b(?:d[ée]bord[ée]e?s?|satur[ée]e?s?|surcharg[ée]e?s?|complets?|compl[èe]tes?|[ée]puis[ée]e?s?|manque(?:nt)?|manquons|sous[- ]effectif"
        + @"|personne\s+(?:ne|n['’]|pour)|plus\s+personne|trop|assez|insuffisante?s?|suffi(?:t|sent)|pas|jamais|rien|aucune?|ne|n(?=['’])"
        + @"|ferm[ée]e?s?|ferme(?:r|nt|ra|ront)?|fermeture|partir|part\s+[àa]\s+la\s+retraite|s['’]arr[êe]te(?:r|nt|ra)?|dispara[îi]t(?:re)?|supprim[ée]e?s?|loin|[ée]loign[ée]e?s?|[àa]\s+\d+\s*kms?|\d+\s*kms?|ch[èe]re?s?|co[ûu]teu(?:x|se|ses)|co[ûu]te"
        + @"|difficiles?|difficilement|compliqu[ée]e?s?|attente|d[ée]lais?|de\s+moins\s+en\s+moins|de\s+plus\s+en\s+plus|vieillissante?s?|s['’]essouffle(?:nt)?"
        + @"|fragiles?|menac[ée]e?s?|inaccessibles?|peu|m[ée]connue?s?|mal|seulement|uniquement|probl[èe]mes?|soucis?|difficult[ée]s?|galère(?:nt)?|gal[èe]re(?:nt)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Problem();

    // Says there is no problem, or speaks of the speaker: « mais pas de souci », « mais je ne sais pas s'ils viennent »,
    // « mais je n'ai pas d'autre idée ».
    [GeneratedRegex(
        @"\b(?:pas|aucun|sans)\s+(?:de\s+|d['’]|vraiment\s+de\s+)?(?:souci|probl[èe]me|difficult[ée])|\bje\s+(?:ne\s|n['’])|je\s+sais\s+pas|j['’]en\s+sais\s+rien|pas\s+s[ûu]r"
        + @"|[çc]a\s+va\b|tout\s+va\s+bien|rien\s+[àa]\s+signaler|\bras\b|pas\s+mal|n['’]h[ée]site(?:nt)?\s+pas|ne\s+(?:se\s+)?plaigne(?:nt)?\s+pas",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAProblem();

    // A clause read alone makes sense when it names what it speaks of; « elle est débordée », « trop cher » do not.
    [GeneratedRegex(
        @"^(?:(?:le|la|les|un|une|des|du|nos|notre|leurs?|ses|son|sa|ces|cette|cet|plusieurs|certaine?s|aucune?|chaque)\s|l['’]\p{L}"
        + @"|(?:peu|trop|plus|manque|beaucoup|pas)\s+(?:de|d['’])|il\s+(?:y\s+a|n['’]y\s+a|manque|faut|reste|existe)|on\s|nous\s|gr[âa]ce\s|(?-i:\p{Lu}{2,})|\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandsAlone();
}
