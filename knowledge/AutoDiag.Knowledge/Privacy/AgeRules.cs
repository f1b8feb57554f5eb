namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// Precise ages of a named or designated person: « Mme X, 87 ans », « M. Leroy 78 ans », « 87 ans, Mme X », « âgée de 92 ans »,
/// « un homme de 45 ans », « sa mère, 87 ans », « elle a 94 ans », « ses deux enfants de 4 et 7 ans », « un bébé de
/// 8 mois »; and birth dates (« née en 1934 »). Ages of a group are statistics and stay: « les plus de 75 ans »,
/// « des jeunes de 16 à 25 ans », « 30 % des 60 ans et plus », « les 18-25 ans », « à 18 ans ils partent », « il y a
/// 20 ans », « 30 ans d'existence ».
/// </summary>
internal static class AgeRules
{
    /// <param name="anchors">Indexes of the last token of each name and address found, and of placeholders « [nom] ».</param>
    /// <param name="nameStarts">Indexes of the first token of each name found, and of placeholders « [nom] ».</param>
    public static List<(int First, int Last)> Find(List<TextToken> tokens, IReadOnlySet<int> anchors, IReadOnlySet<int> nameStarts)
    {
        var found = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Born(tokens, i) is { } birth && BornIsAPerson(tokens, i, anchors))
            {
                found.Add(birth);
                i = birth.Last;
                continue;
            }

            if (Age(tokens, i, anchors, nameStarts) is { } age)
            {
                found.Add(age);
                i = age.Last;
            }
        }

        return found;
    }

    private static (int First, int Last)? Age(List<TextToken> tokens, int i, IReadOnlySet<int> anchors, IReadOnlySet<int> nameStarts)
    {
        if (Years(tokens, i) is not { } number || number.Value > 120
            || number.Last + 1 >= tokens.Count || tokens[number.Last + 1].Folded is not ("ans" or "an" or "mois"))
        {
            return null;
        }

        var unit = number.Last + 1;

        // « 2, 5 et 8 ans »: the whole list; « 16 à 25 ans », « 18-25 ans »: a range, so a group of people.
        var first = i;
        var list = false;
        while (first >= 2 && tokens[first - 2].IsNumber && (tokens[first - 1].IsPunct(',') || tokens[first - 1].Folded is "et" or "ou"))
        {
            first -= 2;
            list = true;
        }

        if (first >= 2 && tokens[first - 2].IsNumber
            && (tokens[first - 1].IsPunct('-') || tokens[first - 1].IsPunct('–') || tokens[first - 1].IsPunct('/') || tokens[first - 1].Folded is "a" or "au"))
        {
            return null;
        }

        // « 30 ans d'existence », « 20 ans de carrière »: a duration.
        var after = unit + 1;
        if (after + 1 < tokens.Count && tokens[after].Folded is "de" or "d'" && tokens[after + 1].IsLowercase
            && !FrenchWords.Determiners.Contains(tokens[after + 1].Folded))
        {
            return null;
        }

        // « 60 ans et plus », « 75 ans et + »: a threshold, unless the age is plainly someone's (« il a 58 ans et plus
        // aucun droit »).
        var threshold = after < tokens.Count
            && (tokens[after].IsPunct('+')
                || (after + 1 < tokens.Count && tokens[after].Folded is "et" or "ou" && (tokens[after + 1].Folded == "plus" || tokens[after + 1].IsPunct('+'))));

        return Anchored(tokens, first - 1, list, anchors) switch
        {
            Anchor.Strong => (first, unit),
            Anchor.Weak when !threshold => (first, unit),
            _ when !threshold && OpensItsClause(tokens, first) && NamedRightAfter(tokens, after, nameStarts) => (first, unit),
            _ => null,
        };
    }

    /// <summary>In words, an age is an old person's (« quatre-vingt-sept ans »): smaller numbers are mostly durations (« deux ans sans chauffage »).</summary>
    private const int SmallestAgeInWords = 40;

    /// <summary>The number of years at <paramref name="i"/>, in digits (« 87 ») or in words (« quatre-vingt-sept », before « ans »).</summary>
    private static (int Value, int Last)? Years(List<TextToken> tokens, int i)
    {
        if (tokens[i].IsNumber)
        {
            // Digits of other scripts (« １２ ans ») are not read as an age, but never make the masking fail.
            return tokens[i].Length <= 3 && int.TryParse(tokens[i].Text, System.Globalization.CultureInfo.InvariantCulture, out var years) ? (years, i) : null;
        }

        return FrenchNumberWords.Read(tokens, i) is { Value: >= SmallestAgeInWords } words
            && words.Last + 1 < tokens.Count && tokens[words.Last + 1].Folded == "ans"
            ? words
            : null;
    }

    /// <summary>
    /// « 87 ans, Mme Dupont », « - 92 ans : M. Leroy », « À 87 ans, Mme Dupont vit seule »: the age opens its clause — not
    /// « depuis 30 ans, Mme Dupont », « il y a 2 ans, M. Leroy », where it is a time.
    /// </summary>
    private static bool OpensItsClause(List<TextToken> tokens, int first)
    {
        var p = first - 1;
        if (p >= 0 && tokens[p].Text is "à" or "À")
        {
            first = p;
            p--;
        }
        if (p < 0 || tokens[first].BreakBefore)
        {
            return true;
        }

        var before = tokens[p];
        return before.Type == TokenType.Punct && before.Text[0] is '.' or ',' or ';' or ':' or '(' or '!' or '?' or '-' or '–' or '•' or '*';
    }

    /// <summary>A civility and the name it introduces right after the age, past a comma, a colon or a dash.</summary>
    private static bool NamedRightAfter(List<TextToken> tokens, int k, IReadOnlySet<int> nameStarts)
    {
        if (k < tokens.Count && (tokens[k].IsPunct(',') || tokens[k].IsPunct(':') || tokens[k].IsPunct('-') || tokens[k].IsPunct('–')))
        {
            k++;
        }
        return k < tokens.Count && PersonNameRules.CivilityEnd(tokens, k) is var end and >= 0 && nameStarts.Contains(end);
    }

    private enum Anchor
    {
        None,

        /// <summary>A person noun: « une dame de 90 ans ».</summary>
        Weak,

        /// <summary>A name, a pronoun, « âgée »: « Mme X, 87 ans », « elle a 94 ans ».</summary>
        Strong,
    }

    /// <summary>Whether the token at <paramref name="p"/>, right before the age, ties it to a person.</summary>
    private static Anchor Anchored(List<TextToken> tokens, int p, bool list, IReadOnlySet<int> anchors)
    {
        if (p < 0)
        {
            return Anchor.None;
        }

        // « M. Leroy 78 ans », « Mme [nom] 87 ans »
        if (anchors.Contains(p))
        {
            return Anchor.Strong;
        }

        var before = tokens[p];

        // « Mme Dupont, 87 ans », « M. Lucas (45 ans) », « sa mère, 87 ans », « M. Rouquette, éleveur, 62 ans »
        if (before.IsPunct(',') || before.IsPunct('(') || before.IsPunct(':') || (before.IsPunct('-') && before.SpaceBefore))
        {
            var q = p - 1;
            if (q < 0)
            {
                return Anchor.None;
            }

            if (anchors.Contains(q))
            {
                return Anchor.Strong;
            }

            if (IsDesignatedPerson(tokens, q))
            {
                return Anchor.Weak;
            }

            return DescribedPerson(tokens, q, anchors) ? Anchor.Strong : Anchor.None;
        }

        // « (elle 71 ans, lui 74 ans) » — not « elle s'est occupée de lui 10 ans »: the pronoun opens its clause.
        if (before.IsLowercase && FrenchWords.AgePronouns.Contains(before.Folded)
            && (p == 0 || tokens[p - 1].IsPunct('(') || tokens[p - 1].IsPunct(',') || tokens[p - 1].Folded == "et"))
        {
            return Anchor.Strong;
        }

        var text = before.Text.ToLowerInvariant();

        // « âgée de 92 ans », « un homme de 45 ans », « son fils handicapé de 52 ans »
        if (before.Folded is "de" or "d'")
        {
            var pp = p - 1;
            if (pp < 0 || FrenchWords.Thresholds.Contains(tokens[pp].Folded))
            {
                return Anchor.None;
            }

            if (FrenchWords.Aged.Contains(tokens[pp].Folded))
            {
                // « à l'âge de 18 ans »: the noun, usually about anybody.
                var noun = tokens[pp].Text.ToLowerInvariant() == "âge" || (pp > 0 && tokens[pp - 1].IsElision);
                return noun ? Anchor.None : Anchor.Strong;
            }

            if (FrenchWords.AgedPlural.Contains(tokens[pp].Folded))
            {
                return list ? Anchor.Strong : Anchor.None; // « deux sœurs âgées de 80 et 82 ans », not « les personnes âgées de 80 ans »
            }

            if (anchors.Contains(pp))
            {
                return Anchor.Strong;
            }

            for (var r = pp; r >= 0 && r >= pp - 2; r--)
            {
                if (IsDesignatedPerson(tokens, r))
                {
                    return Anchor.Weak;
                }

                if (!tokens[r].IsLowercase || FrenchWords.AgeBreakers.Contains(tokens[r].Folded))
                {
                    break;
                }
            }

            return Anchor.None;
        }

        // « elle a 94 ans », « M. Fournier a 71 ans », « il avait 40 ans » — « il y a 20 ans » is not.
        if (FrenchWords.HasAge.Contains(before.Folded) && text != "à")
        {
            return HasPersonSubject(tokens, p - 1, anchors) ? Anchor.Strong : Anchor.None;
        }

        // « il a eu 60 ans », « elle va avoir 90 ans »
        if (before.Folded == "eu" && p >= 1 && tokens[p - 1].Text == "a")
        {
            return HasPersonSubject(tokens, p - 2, anchors) ? Anchor.Strong : Anchor.None;
        }

        if (before.Folded == "avoir" && p >= 1 && tokens[p - 1].Folded == "va")
        {
            return HasPersonSubject(tokens, p - 2, anchors) ? Anchor.Strong : Anchor.None;
        }

        // « elle a fêté ses 100 ans » — not « le club fête ses 40 ans ».
        if (before.Folded == "ses" && p >= 1 && FrenchWords.Celebrates.Contains(tokens[p - 1].Folded))
        {
            var subject = p - 2 >= 0 && tokens[p - 2].Text == "a" ? p - 3 : p - 2;
            return HasPersonSubject(tokens, subject, anchors) ? Anchor.Strong : Anchor.None;
        }

        // « une dame 87 ans »
        return IsDesignatedPerson(tokens, p) && !FrenchWords.NotAnAge.Contains(before.Folded) ? Anchor.Weak : Anchor.None;
    }

    /// <summary>
    /// « M. Fontaine ancien ouvrier de l'usine, 64 ans », « Mme Roux, veuve, 81 ans »: a few lower-case words that
    /// describe a named or designated person end at <paramref name="q"/>, right before the comma of the age.
    /// </summary>
    private static bool DescribedPerson(List<TextToken> tokens, int q, IReadOnlySet<int> anchors)
    {
        const int MaxDescriptionWords = 6;
        for (var r = q; r >= 0 && r >= q - MaxDescriptionWords; r--)
        {
            var token = tokens[r];
            if (r < q && IsPerson(tokens, r, anchors))
            {
                return true;
            }

            // « Mme Roux, veuve, 81 ans »: the description after its own comma; « Valérie Dumont (veuve, 67 ans) »: in brackets.
            if (r < q && (token.IsPunct(',') || token.IsPunct('(')))
            {
                return IsPerson(tokens, r - 1, anchors);
            }

            if (!token.IsLowercase || FrenchWords.NotADescription.Contains(token.Folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasPersonSubject(List<TextToken> tokens, int s, IReadOnlySet<int> anchors) =>
        s >= 0 && tokens[s].Folded switch
        {
            "qui" => QuiIsAPerson(tokens, s - 1, anchors),
            // « Sa femme a 70 ans, lui a 67 ans »: a subject when it opens its clause — not « pour lui a 18 ans » typed
            // for « à ».
            "lui" => s == 0 || tokens[s].BreakBefore || tokens[s - 1].Folded == "et"
                || tokens[s - 1].Type == TokenType.Punct && tokens[s - 1].Text[0] is ',' or '(' or '.' or ';' or ':' or '-',
            _ => FrenchWords.PersonPronouns.Contains(tokens[s].Folded) || IsPerson(tokens, s, anchors),
        };

    /// <summary>
    /// « un seul qui a 67 ans », « Mme Dupont, qui a 87 ans » — not « le club qui a 40 ans », « le centre social, qui a
    /// 25 ans ». After a comma, « qui » needs a person before it.
    /// </summary>
    private static bool QuiIsAPerson(List<TextToken> tokens, int before, IReadOnlySet<int> anchors)
    {
        if (before < 0)
        {
            return false;
        }
        if (tokens[before].IsPunct(','))
        {
            var person = before - 1;
            return IsPerson(tokens, person, anchors) || (person >= 0 && FrenchWords.PersonNouns.Contains(tokens[person].Folded));
        }
        return !FrenchWords.Organisations.Contains(tokens[before].Folded);
    }

    /// <summary>A name or an address found (<paramref name="anchors"/>), or a designated person, at <paramref name="k"/>.</summary>
    private static bool IsPerson(List<TextToken> tokens, int k, IReadOnlySet<int> anchors) =>
        k >= 0 && (anchors.Contains(k) || IsDesignatedPerson(tokens, k));

    /// <summary>
    /// A person noun with a singular determiner (« une dame », « sa mère », « la jeune femme »), or a plural one with
    /// a possessive or a count (« ses deux enfants », « leurs 2 enfants », « 3 enfants »).
    /// </summary>
    internal static bool IsDesignatedPerson(List<TextToken> tokens, int k)
    {
        if (k < 0 || !tokens[k].IsWord)
        {
            return false;
        }

        var noun = tokens[k].Folded;
        var singular = FrenchWords.PersonNouns.Contains(noun);
        var plural = FrenchWords.PluralPersonNouns.Contains(noun);
        if (!singular && !plural)
        {
            return false;
        }

        var d = k - 1;
        while (d >= 0 && d >= k - 2 && FrenchWords.PersonAdjectives.Contains(tokens[d].Folded))
        {
            d--;
        }

        if (d < 0)
        {
            return false;
        }

        var determiner = tokens[d];
        return (singular && FrenchWords.SingularDeterminers.Contains(determiner.Folded))
            || (plural && (IsFamilyCount(determiner) || FrenchWords.CountingDeterminers.Contains(determiner.Folded)));
    }

    /// <summary>« 3 enfants de 4, 7 et 9 ans » is a family; « 24 enfants de 6 ans » a class.</summary>
    private static bool IsFamilyCount(TextToken determiner) => determiner.IsNumber && determiner.Length == 1;

    /// <summary>« Mme Martin, née en 1934 », « sa mère, née en 1930 » — not « l'association, née en 1985 ».</summary>
    private static bool BornIsAPerson(List<TextToken> tokens, int born, IReadOnlySet<int> anchors)
    {
        for (var k = born - 1; k >= 0 && k >= born - 4; k--)
        {
            if (anchors.Contains(k) || FrenchWords.PersonNouns.Contains(tokens[k].Folded) || FrenchWords.AgePronouns.Contains(tokens[k].Folded))
            {
                return true;
            }
        }
        return born == 0; // « Née en 1934, elle… »
    }

    /// <summary>« née en 1934 », « né le 3 mars 1936 », « née le 12/03/1936 »: the year or the date.</summary>
    private static (int First, int Last)? Born(List<TextToken> tokens, int i)
    {
        if (!tokens[i].IsWord || !FrenchWords.Born.Contains(tokens[i].Text.ToLowerInvariant()) || i + 2 >= tokens.Count)
        {
            return null;
        }

        var k = i + 2;
        if (tokens[i + 1].Folded == "en")
        {
            return IsYear(tokens[k]) ? (k, k) : null;
        }

        if (tokens[i + 1].Folded != "le" || !tokens[k].IsNumber || tokens[k].Length > 2)
        {
            return null;
        }

        if (k + 2 < tokens.Count && FrenchWords.Months.Contains(tokens[k + 1].Folded) && IsYear(tokens[k + 2]))
        {
            return (k, k + 2);
        }

        // « 12/03/1936 », « 12.03.36 »
        if (k + 4 < tokens.Count && tokens[k + 2].IsNumber && tokens[k + 4].IsNumber
            && tokens[k + 1].Text is "/" or "." or "-" && tokens[k + 3].Text == tokens[k + 1].Text
            && !tokens[k + 1].SpaceBefore && !tokens[k + 4].SpaceBefore)
        {
            return (k, k + 4);
        }

        return null;
    }

    private static bool IsYear(TextToken token) =>
        token.IsNumber && token.Length == 4 && token.Text[0] is '1' or '2';
}
