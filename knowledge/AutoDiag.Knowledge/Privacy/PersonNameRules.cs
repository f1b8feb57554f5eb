namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// Names after a civility (« Mme Dupont », « M. et Mme Lemaire », « Mme Jeanne Dupont », « M. X », « Mme D. »,
/// « mme dupont ») or after a family word (« la famille Benali », « le fils Vandamme », « sa fille Léa », « chez les
/// Lambert »); a household named by « les » (« les Masson »); a known first name after a parent (« la mère de Lucas »)
/// or before an age (« Emma 9 ans »); without civility, a known first name and a surname (« Kevin Dubois », « DUBOIS
/// Kevin »), or a known first name alone where it is plainly someone (« Kevin, le fils des voisins », « Maryse qui
/// habite… », « Mme Lemaire, Jacques, … »). The span is the name alone: the civility or family word stays in the masked
/// text.
/// </summary>
internal static class PersonNameRules
{
    private const int MaxNameWords = 5;

    public static List<(int First, int Last)> Find(List<TextToken> tokens)
    {
        var found = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var trigger = tokens[i];
            var afterCivility = CivilityEnd(tokens, i);
            (int First, int Last)? name = null;
            if (afterCivility >= 0)
            {
                // « Madame, Monsieur\nComme convenu… »: a name is on the civility's line.
                if (!IsTitle(tokens, afterCivility) && !(afterCivility < tokens.Count && tokens[afterCivility].BreakBefore))
                {
                    name = Collect(tokens, afterCivility, allowLowercase: true, FrenchWords.NotNames);
                }
            }
            else if (IsMaidenName(tokens, i) || IsFamilyTrigger(tokens, i) || IsChildOf(tokens, i))
            {
                name = Collect(tokens, i + 1, allowLowercase: false, FrenchWords.NotFamilyNames);
            }
            else if (DottedFamilyWord(tokens, i))
            {
                name = Collect(tokens, i + 2, allowLowercase: false, FrenchWords.NotFamilyNames);
            }
            else if (IsHousehold(tokens, i))
            {
                name = Collect(tokens, i + 1, allowLowercase: false, FrenchWords.NotHouseholdNames);
            }
            else if (IsFirstNameBeforeAge(tokens, i))
            {
                name = (i, i);
            }
            else if ((FirstNameAndSurname(tokens, i) ?? SurnameInCapitalsAndFirstName(tokens, i)) is { } fullName)
            {
                name = fullName;
            }
            else if (IsFirstNameOfAPerson(tokens, i, found))
            {
                name = (i, i);
            }

            if (name is { } span)
            {
                found.Add(span);
                i = span.Last;
                // « Mmes Durand et Petit », « les jumeaux Léo et Hugo », « les enfants Léo, Hugo et Emma »: a word for several
                // people names each of them.
                var several = afterCivility >= 0
                    ? FrenchWords.PluralCivilities.Contains(trigger.Folded)
                    : FrenchWords.PluralPersonNouns.Contains(trigger.Folded);
                while (several
                       && i + 2 < tokens.Count && (tokens[i + 1].Folded == "et" || tokens[i + 1].IsPunct(','))
                       && IsNameWord(tokens, i + 2, FrenchWords.NotNames)
                       && Collect(tokens, i + 2, allowLowercase: false, FrenchWords.NotNames) is { } next)
                {
                    found.Add(next);
                    i = next.Last;
                }
            }
        }

        return found;
    }

    /// <summary>The index of the token after the civility starting at <paramref name="i"/>, or -1 when none starts there.</summary>
    public static int CivilityEnd(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return -1;
        }

        var dotAfter = i + 1 < tokens.Count && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore;
        var afterNumber = i > 0 && tokens[i - 1].IsNumber; // « 500 m. », « 2 M d'euros »
        if (token.Text is "M" or "MM")
        {
            if (afterNumber)
            {
                return -1;
            }

            if (dotAfter)
            {
                return i + 2;
            }

            // « M Dupont »: without its dot, « M » needs a capitalised word right after.
            return i + 1 < tokens.Count && tokens[i + 1].SpaceBefore && tokens[i + 1].IsCapitalized && !tokens[i + 1].BreakBefore ? i + 1 : -1;
        }

        if (token.Text == "m")
        {
            return dotAfter && !afterNumber ? i + 2 : -1;
        }

        // « la MSR de Merville »: a maison de santé rurale.
        if (!FrenchWords.Civilities.Contains(token.Folded) || IsSchoolName(tokens, i) || token.Text == "MSR")
        {
            return -1;
        }

        // « un monsieur de 90 ans », « la petite madame »: a noun, not a civility.
        if (FrenchWords.NounCivilities.Contains(token.Folded) && i > 0
            && (FrenchWords.Determiners.Contains(tokens[i - 1].Folded) || FrenchWords.PersonAdjectives.Contains(tokens[i - 1].Folded)))
        {
            return -1;
        }

        return dotAfter ? i + 2 : i + 1;
    }

    /// <summary>
    /// « collège Madame de Sévigné », « rue Madame Roland »: a school's or a street's name, not a resident's. (After a
    /// school, only before « de »: « devant l'école Mme Dupont attendait son fils » is a resident.)
    /// </summary>
    private static bool IsSchoolName(List<TextToken> tokens, int civility) =>
        civility > 0 && (FrenchWords.StreetTypes.ContainsKey(tokens[civility - 1].Folded)
            || (FrenchWords.Schools.Contains(tokens[civility - 1].Folded)
                && civility + 1 < tokens.Count && tokens[civility + 1].Folded is "de" or "d'"));

    /// <summary>« M. le Maire », « Madame la sous-préfète », « Mme l'adjointe », « Monsieur Le Président ».</summary>
    private static bool IsTitle(List<TextToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        var first = tokens[i];
        if (first.Folded is not ("le" or "la" or "les" or "l'"))
        {
            return false;
        }

        // lower case « le », « la »: always a title; capitalised: a title only before one (« M. Le Gall » is a name).
        return first.IsLowercase || (i + 1 < tokens.Count && FrenchWords.Titles.Contains(tokens[i + 1].Folded));
    }

    /// <summary>« Mme Dupont née Martin »: a maiden name.</summary>
    private static bool IsMaidenName(List<TextToken> tokens, int i) =>
        tokens[i].IsWord && tokens[i].Text.ToLowerInvariant() is "née" or "nee" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;

    /// <summary>« la famille », « le fils », « sa fille », « veuve », « chez les ».</summary>
    private static bool IsFamilyTrigger(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized)
        {
            return false;
        }

        if (token.Folded == "les" && token.IsLowercase)
        {
            // « chez les Lambert », not « chez les Restos du Cœur »: the plural rule of households.
            return i > 0 && tokens[i - 1].Folded == "chez" && LooksLikeAFamilyName(tokens[i + 1]);
        }

        if (!FrenchWords.FamilyWords.Contains(token.Folded))
        {
            return false;
        }

        // « l'école Le Petit Prince », « lieu-dit le Petit Mortier »: a capitalised « Petit » is part of a proper noun.
        return FrenchWords.BareFamilyWords.Contains(token.Folded)
            || (token.IsLowercase && i > 0 && !token.BreakBefore && FrenchWords.Determiners.Contains(tokens[i - 1].Folded));
    }

    /// <summary>« fam. Ouedraogo », « vve. Martin »: an abbreviated family word with its dot (« les familles. Grâce… » is not).</summary>
    private static bool DottedFamilyWord(List<TextToken> tokens, int i) =>
        tokens[i].IsWord && FrenchWords.AbbreviatedFamilyWords.Contains(tokens[i].Folded)
        && i + 2 < tokens.Count && tokens[i + 1].IsPunct('.') && !tokens[i + 1].SpaceBefore && tokens[i + 2].IsCapitalized
        && !tokens[i + 2].BreakBefore;

    /// <summary>
    /// A household by its name: « les Masson sont partis », « Les Berger cumulent… », « l'ado des Colin ». A family name
    /// takes no plural mark in French (« les Martin »), while places, groups and people by origin do (« les Tilleuls »,
    /// « les Bénévoles », « les Mervillois », « les Belges »): a word ending in s or x, a hyphenated one (« les
    /// Hauts-de-France ») or one in capitals (« les AESH ») is no household. (« les Dupuis » is missed for the same reason.)
    /// </summary>
    private static bool IsHousehold(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || i + 1 >= tokens.Count || tokens[i + 1].BreakBefore || !LooksLikeAFamilyName(tokens[i + 1]))
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1] : (TextToken?)null;
        if (token.Folded == "des")
        {
            // « l'ado des Colin », « les enfants des Martin »: « des » names a household only after a person.
            return token.IsLowercase && previous is { IsLowercase: true } person
                && (FrenchWords.PersonNouns.Contains(person.Folded) || FrenchWords.PluralPersonNouns.Contains(person.Folded));
        }

        if (token.Folded != "les")
        {
            return false;
        }

        // Capitalised, « Les » must open the sentence or a list item: elsewhere it starts a proper noun (« EHPAD Les Tilleuls »).
        var opensSentence = previous is null || token.BreakBefore
            || previous.Value.Text is "." or "!" or "?" or ";" or ":" or "-" or "•" or "«" or "*";
        if (!token.IsLowercase && !opensSentence)
        {
            return false;
        }

        return previous is not { } before
            || !(FrenchWords.StreetTypes.ContainsKey(before.Folded) || FrenchWords.PlaceNouns.Contains(before.Folded));
    }

    /// <summary>
    /// « Masson », and a double name whose every part is capitalised (« Dupont-Moreau ») — not « Hauts-de-France »,
    /// « Saint-Pierre ».
    /// </summary>
    private static bool LooksLikeAFamilyName(TextToken word) =>
        word.IsCapitalized && word.Length > 1 && word.Text.Any(char.IsLower) && word.Folded[^1] is not ('s' or 'x')
        && (!word.Text.Contains('-') || word.Text.Split('-').All(part =>
            part.Length > 1 && char.IsUpper(part[0]) && !FrenchWords.NotNames.Contains(TextTokens.Fold(part))));

    /// <summary>« la mère de Lucas », « le père de Léa »: a parent, then a child's first name.</summary>
    private static bool IsChildOf(List<TextToken> tokens, int i) =>
        tokens[i].Folded is "de" or "d'" && tokens[i].IsLowercase && i > 0 && FrenchWords.Parents.Contains(tokens[i - 1].Folded)
        && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && FrenchWords.FirstNames.Contains(tokens[i + 1].Folded);

    /// <summary>
    /// A known first name given with an age: « Emma 9 ans et Noah 11 ans », « Hugo (13 ans) », « Lucas, 12 ans », at a
    /// clause's start in lower case « anthony 22 ans » — not
    /// « Merville 3 ans, Estaires 2 ans ».
    /// </summary>
    private static bool IsFirstNameBeforeAge(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        // « le collège Victor Hugo, 50 ans », « Octobre Rose 10 ans »: a first name after a capitalised word is part of a name.
        // « anthony 22 ans »: in lower case, a first name that is no common word.
        var lowercase = token.IsLowercase && IsLowercaseFirstName(token) && OpensAClause(tokens, i);
        if (!lowercase && (!token.IsCapitalized || token.Length < 2 || !IsNameWord(tokens, i, FrenchWords.NotFamilyNames)
            || (i > 0 && tokens[i - 1].IsCapitalized)))
        {
            return false;
        }

        var number = i + 1 < tokens.Count && (tokens[i + 1].IsPunct('(') || tokens[i + 1].IsPunct(',')) ? i + 2 : i + 1;
        if (number + 1 >= tokens.Count || !tokens[number].IsNumber || tokens[number].Length > 2 || tokens[number + 1].Folded != "ans")
        {
            return false;
        }

        return FrenchWords.FirstNames.Contains(token.Folded);
    }

    /// <summary>
    /// A known first name and a surname, without civility: « Kevin Dubois », « Jacques Lemaire », « Nadia Ben Ali »,
    /// « Kevin DUBOIS », in lower case « kevin dubois, 17 ans » — not « collège Jean Moulin », « l'école Jules Ferry »,
    /// « Victor Hugo », « France Travail », « Saint Jean ».
    /// </summary>
    private static (int First, int Last)? FirstNameAndSurname(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        var next = i + 1;
        if (next >= tokens.Count || !tokens[next].IsWord || !tokens[next].SpaceBefore || tokens[next].BreakBefore
            || !IsFirstName(token) || !NotInAPlaceName(tokens, i) || IsFamousName(tokens, i))
        {
            return null;
        }

        if (token.IsCapitalized)
        {
            if (!token.Text.Any(char.IsLower) || FrenchWords.NotSurnames.Contains(tokens[next].Folded)
                || Collect(tokens, next, allowLowercase: false, FrenchWords.NotFamilyNames) is not { } surname)
            {
                return null;
            }

            return (i, surname.Last);
        }

        // « kevin dubois 17 ans », « nadia benali eleve seule »: in lower case, a first name that is no common word, a
        // word that is no common word, then what follows a name (a verb, a comma, an age, a phone).
        if (!IsLowercaseFirstName(token) || !IsLowercaseName(tokens[next]) || FrenchWords.FirstNames.Contains(tokens[next].Folded))
        {
            return null;
        }

        var after = next + 1;
        var endsTheName = after >= tokens.Count || tokens[after].BreakBefore || !tokens[after].IsWord
            || FrenchWords.Common.Contains(tokens[after].Folded) || FrenchWords.VerbsAfterAName.Contains(tokens[after].Folded)
            || FrenchWords.PersonNouns.Contains(tokens[after].Folded);
        return endsTheName ? (i, next) : null;
    }

    /// <summary>« DUBOIS Kevin », « LEMAIRE Jean-Pierre »: a surname in capitals, then a known first name.</summary>
    private static (int First, int Last)? SurnameInCapitalsAndFirstName(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || token.Length < 3 || token.Text.Any(char.IsLower) || !token.Text.Any(c => "AEIOUYÉÈÊËÂÎÏÔÛÜ".Contains(c))
            || i + 1 >= tokens.Count || tokens[i + 1].BreakBefore || !tokens[i + 1].SpaceBefore
            || !tokens[i + 1].IsCapitalized || !tokens[i + 1].Text.Any(char.IsLower) || !IsFirstName(tokens[i + 1])
            || FrenchWords.AmbiguousFirstNames.Contains(tokens[i + 1].Folded))
        {
            return null;
        }

        var folded = token.Folded;
        if (FrenchWords.NotNames.Contains(folded) || FrenchWords.NotFamilyNames.Contains(folded) || FrenchWords.Civilities.Contains(folded)
            || FrenchWords.StreetTypes.ContainsKey(folded) || FrenchWords.InstitutionNouns.Contains(folded)
            || FrenchWords.PlaceNouns.Contains(folded) || FrenchWords.Common.Contains(folded)
            || (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].Text.Any(char.IsLower) && !tokens[i - 1].BreakBefore))
        {
            return null;
        }

        return (i, i + 1);
    }

    /// <summary>
    /// A known first name alone where it is someone: opening its clause before a description (« Kevin, le fils des
    /// voisins », « Jean-Pierre, notre doyen »), a verb (« Kevin a décroché ») or « qui » (« Maryse qui habite… »);
    /// in apposition to a name or a relative (« Mme Lemaire, Jacques, … », « M. Petit (Jean-Claude) », « le neveu,
    /// Pierre-Yves, »); joined by « et » to a name (« Lucas et Enzo »); after « chez » or « avec ». A first name that is
    /// also a word or a place (« Rose », « Pierre », « Florence ») is taken alone only in brackets after a name.
    /// </summary>
    private static bool IsFirstNameOfAPerson(List<TextToken> tokens, int i, List<(int First, int Last)> found)
    {
        var token = tokens[i];
        if (!IsFirstName(token) || (token.IsLowercase ? !IsLowercaseFirstName(token) : !token.Text.Any(char.IsLower)))
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1] : (TextToken?)null;
        var next = i + 1 < tokens.Count && !tokens[i + 1].BreakBefore ? tokens[i + 1] : (TextToken?)null;
        var closes = next is null || next.Value.IsPunct(',') || next.Value.IsPunct(')') || next.Value.IsPunct('.')
            || next.Value.IsPunct(';') || next.Value.IsPunct(':') || next.Value.Type == TokenType.Barrier;

        // « Mme Lemaire (Odette) », « M. Petit (Jean-Claude) », « Mme Lemaire, Jacques, 06… », « le neveu, Pierre-Yves, »,
        // a contact after their phone « 06 45 87 12 03 (Jean-Marc) ».
        if (previous is { } open && (open.IsPunct('(') || open.IsPunct(',')) && !token.BreakBefore && i >= 2 && closes
            && (open.IsPunct('(') || !FrenchWords.AmbiguousFirstNames.Contains(token.Folded))
            && (EndsAName(found, i - 2) || IsRelative(tokens[i - 2]) || tokens[i - 2].Type == TokenType.Barrier))
        {
            return true;
        }

        if (FrenchWords.AmbiguousFirstNames.Contains(token.Folded) || !NotInAPlaceName(tokens, i) || IsFamousName(tokens, i)
            || previous is { } at && at.IsPunct('@'))
        {
            return false;
        }

        // « Kevin Dubois et Nadia », « Lucas et Enzo, les deux fils », « Kevin, Dylan et Enzo ».
        if (previous is { } joint && (joint.Folded == "et" || joint.IsPunct(',')) && !token.BreakBefore && EndsAName(found, i - 2))
        {
            return true;
        }

        if (next is { } and1 && (and1.Folded == "et" || and1.IsPunct(',')) && i + 2 < tokens.Count && !tokens[i + 2].BreakBefore
            && IsFirstName(tokens[i + 2]) && tokens[i + 2].IsCapitalized == token.IsCapitalized
            && !FrenchWords.AmbiguousFirstNames.Contains(tokens[i + 2].Folded)
            && (and1.Folded == "et" || (i + 4 < tokens.Count && tokens[i + 3].Folded == "et" && IsFirstName(tokens[i + 4]))))
        {
            return true;
        }

        if (previous is { } preposition && preposition.Folded is "chez" or "avec")
        {
            return true;
        }

        // « Gérard au 06 23 58 74 19 », « Kevin 06 12 34 56 78 », « Maryse : 06… »: a contact before their phone.
        if (next is { } phone && (phone.Type == TokenType.Barrier
            || ((phone.Folded == "au" || phone.IsPunct(':')) && i + 2 < tokens.Count && tokens[i + 2].Type == TokenType.Barrier)))
        {
            return true;
        }

        // « Hélène et sa fille Léa », « Kevin et son frère ».
        if (next is { } and2 && and2.Folded == "et" && i + 3 < tokens.Count && FrenchWords.Possessives.Contains(tokens[i + 2].Folded)
            && (FrenchWords.FamilyWords.Contains(tokens[i + 3].Folded) || FrenchWords.PersonNouns.Contains(tokens[i + 3].Folded)))
        {
            return true;
        }

        if (next is not { } after)
        {
            return false;
        }

        if (after.IsLowercase && after.Folded == "qui")
        {
            return true;
        }

        if (!OpensAClause(tokens, i))
        {
            return false;
        }

        if (after.IsLowercase && FrenchWords.VerbsAfterAName.Contains(after.Folded) && !(after.Folded is "la" or "le" or "les"))
        {
            return true;
        }

        // « Kevin, le fils des voisins », « Nathalie, l'aide à domicile », « Jean-Pierre, notre doyen ».
        if (after.IsPunct(',') && i + 2 < tokens.Count && tokens[i + 2] is { IsLowercase: true } description && !description.BreakBefore)
        {
            return FrenchWords.Determiners.Contains(description.Folded) || FrenchWords.PersonNouns.Contains(description.Folded)
                || FrenchWords.FamilyWords.Contains(description.Folded) || FrenchWords.Titles.Contains(description.Folded);
        }

        return false;
    }

    private static bool EndsAName(List<(int First, int Last)> found, int k) => found.Count > 0 && found[^1].Last == k;

    /// <summary>« le neveu, Pierre-Yves », « sa fille, Léa »: a relative named right after.</summary>
    private static bool IsRelative(TextToken token) =>
        token.IsLowercase && (FrenchWords.FamilyWords.Contains(token.Folded) || FrenchWords.PersonNouns.Contains(token.Folded));

    /// <summary>The first word of a sentence, a line, a list item or a clause.</summary>
    private static bool OpensAClause(List<TextToken> tokens, int i)
    {
        if (i == 0 || tokens[i].BreakBefore)
        {
            return true;
        }

        var before = tokens[i - 1];
        return before.Type == TokenType.Punct && before.Text[0] is '.' or '!' or '?' or ';' or ':' or '-' or '–' or '•' or '*' or '(' or '«' or '"' or ','
            || (before.IsLowercase && before.Folded is "et" or "mais" or "car" or "donc" or "puis" or "alors" or "sinon" or "quand" or "ou")
            || (before.IsLowercase && before.Folded is "que" or "qu'" or "si");
    }

    /// <summary>A known first name, or a double one whose parts are (« Jean-Pierre », « Marie-Josée », « Pierre-Yves »).</summary>
    private static bool IsFirstName(TextToken token)
    {
        if (!token.IsWord || token.Length < 2 || token.IsElision)
        {
            return false;
        }

        if (FrenchWords.FirstNames.Contains(token.Folded))
        {
            return true;
        }

        var dash = token.Folded.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && token.Folded.Split('-') is { Length: 2 } parts
            && FrenchWords.FirstNames.Contains(parts[0]) && FrenchWords.FirstNames.Contains(parts[1]);
    }

    private static bool IsLowercaseFirstName(TextToken token) =>
        token.IsLowercase && !FrenchWords.AmbiguousFirstNames.Contains(token.Folded)
        && !FrenchWords.LowercaseCommonFirstNames.Contains(token.Folded) && !FrenchWords.Common.Contains(token.Folded);

    /// <summary>
    /// Whether a first name at <paramref name="i"/> is not part of a place's or an institution's name: « collège Jean
    /// Moulin », « centre social Jean Jaurès », « salle polyvalente Pierre Mauroy », « Saint Jean », « Octobre Rose »,
    /// « Centre Social Jean Jaurès », « @Sophie ».
    /// </summary>
    private static bool NotInAPlaceName(List<TextToken> tokens, int i)
    {
        if (i == 0 || tokens[i].BreakBefore)
        {
            return true;
        }

        // « Centre Social Jean Jaurès », « Octobre Rose », « Victor Hugo »: after a capitalised word, a first name is part of
        // a proper noun — unless that word opens the sentence and is no place, month nor first name (« Contacter Didier
        // Ramette », « Hier Kevin a appelé »).
        var before = tokens[i - 1];
        if (before.IsCapitalized && !before.IsElision && !IsCivility(tokens, i - 1)
            && (FrenchWords.Months.Contains(before.Folded) || FrenchWords.Weekdays.Contains(before.Folded)
                || IsFirstName(before) || !before.Text.Any(char.IsLower)
                || !(FrenchWords.Common.Contains(before.Folded) || OpensAClause(tokens, i - 1))))
        {
            return false;
        }

        // Up to three words back, within the clause: « l'école maternelle Jules Ferry », « la maison de quartier Jean Moulin ».
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var word = tokens[k];
            if (!word.IsWord || (k < i - 1 && tokens[k + 1].BreakBefore))
            {
                return true;
            }

            if (FrenchWords.InstitutionNouns.Contains(word.Folded) || FrenchWords.StreetTypes.ContainsKey(word.Folded))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>« Jean Moulin », « Victor Hugo », « Charles de Gaulle »: someone a school or a street is named after.</summary>
    private static bool IsFamousName(List<TextToken> tokens, int i)
    {
        foreach (var name in FrenchWords.FamousNames)
        {
            if (i + name.Length > tokens.Count || tokens[i].Folded != name[0])
            {
                continue;
            }

            var k = 1;
            while (k < name.Length && tokens[i + k].Folded == name[k])
            {
                k++;
            }

            if (k == name.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static (int First, int Last)? Collect(List<TextToken> tokens, int start, bool allowLowercase, IReadOnlySet<string> notNames)
    {
        var k = start;
        var last = -1;
        var words = 0;
        var lowercase = 0;
        while (k < tokens.Count && words < MaxNameWords)
        {
            var token = tokens[k];
            if (!token.IsWord || (k > start && token.BreakBefore) || IsCivility(tokens, k))
            {
                break;
            }

            // An initial: « Mme D. », « M. X ».
            if (token.Text.Length == 1 && char.IsUpper(token.Text[0]) && lowercase == 0)
            {
                // Its dot is kept in the span, unless it ends the text or the line (then it ends the sentence too).
                var dot = k + 1 < tokens.Count && tokens[k + 1].IsPunct('.') && !tokens[k + 1].SpaceBefore
                    && k + 2 < tokens.Count && !tokens[k + 2].BreakBefore;
                last = dot ? k + 1 : k;
                k = last + 1;
                words++;
                continue;
            }

            if (FrenchWords.NameParticles.Contains(token.Folded) && lowercase == 0)
            {
                // « de Sousa », « Le Gall », « Van de Velde », « D'Hondt »: particles count when a name follows. Lower-case
                // particles only open a name or follow a first name (« M. Jean de La Fontaine »), so that « Mme Martin de
                // Merville » stops at « Martin ».
                var opensOrFollowsFirstName = k == start || token.IsCapitalized || FrenchWords.FirstNames.Contains(tokens[k - 1].Folded);
                var m = k;
                while (m < tokens.Count && m - k < 3 && tokens[m].IsWord && FrenchWords.NameParticles.Contains(tokens[m].Folded)
                       && (m == k || !tokens[m].BreakBefore))
                {
                    m++;
                }

                if (opensOrFollowsFirstName && m < tokens.Count && !tokens[m].BreakBefore && IsNameWord(tokens, m, notNames))
                {
                    last = m;
                    k = m + 1;
                    words++;
                    continue;
                }

                // « mr dos reis »: in lower case, only a particle that is no French word opens a name.
                if (allowLowercase && k == start && FrenchWords.ForeignNameParticles.Contains(token.Folded)
                    && m < tokens.Count && !tokens[m].BreakBefore && IsLowercaseName(tokens[m]))
                {
                    last = m;
                    k = m + 1;
                    words++;
                    lowercase++;
                    continue;
                }

                // « M. Ben », « Mme Van »: a capitalised particle alone is the name itself, unless an article.
                if (token.IsCapitalized && !token.IsElision && token.Folded is not ("le" or "la" or "les" or "de" or "du" or "des"))
                {
                    last = k++;
                    words++;
                    continue;
                }

                break;
            }

            if (IsNameWord(tokens, k, notNames) && lowercase == 0)
            {
                last = k++;
                words++;
                continue;
            }

            // Chat without capitals: « mme dupont », « mme jeanne dupont ».
            if (allowLowercase && IsLowercaseName(token)
                && (k == start || (lowercase == 1 && FrenchWords.FirstNames.Contains(tokens[k - 1].Folded))))
            {
                last = k++;
                words++;
                lowercase++;
                continue;
            }

            break;
        }

        return last < 0 ? null : (start, last);
    }

    private static bool IsCivility(List<TextToken> tokens, int k) =>
        tokens[k].Text is "M" or "MM" ? k + 1 < tokens.Count && tokens[k + 1].IsPunct('.') : FrenchWords.Civilities.Contains(tokens[k].Folded);

    private static bool IsNameWord(List<TextToken> tokens, int k, IReadOnlySet<string> notNames)
    {
        var token = tokens[k];
        return token.IsCapitalized && !token.IsElision && !IsCivility(tokens, k)
            && !FrenchWords.NotNames.Contains(token.Folded) && !notNames.Contains(token.Folded)
            && !FrenchWords.StreetTypes.ContainsKey(token.Folded);
    }

    private static bool IsLowercaseName(TextToken token) =>
        token.IsLowercase && token.Text.Length >= 2 && !token.IsElision
        && (FrenchWords.CommonWordSurnames.Contains(token.Folded) || IsNoCommonWord(token));

    private static bool IsNoCommonWord(TextToken token) =>
        !FrenchWords.Common.Contains(token.Folded) && !FrenchWords.PlaceNouns.Contains(token.Folded)
        && !FrenchWords.Titles.Contains(token.Folded) && !FrenchWords.FamilyWords.Contains(token.Folded)
        && !FrenchWords.PersonNouns.Contains(token.Folded) && !FrenchWords.StreetTypes.ContainsKey(token.Folded)
        && !FrenchWords.NameParticles.Contains(token.Folded) && !FrenchWords.Civilities.Contains(token.Folded);
}
