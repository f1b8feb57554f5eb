namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// Street addresses: a number (« 12 », « 8 bis », « 12-14 ») and a street (« rue des Lilas », « av. Foch »,
/// « lotissement Les Prés Verts »), with the postal code and city, « bât. B » or « appt 12 » that follow; or a
/// street without number where someone lives (« qui habite rue Victor Hugo », « vit au lotissement Le Clos Fleuri »).
/// A street named without number and without « habite » (« la place du marché », « le marché a lieu place Charles de
/// Gaulle », « la médiathèque rue de la Gare ») is a public place, not a home: it is left — unless its flat follows
/// (« résidence du Parc appt 14 »), it is a lieu-dit or a farm, a handful of houses that naming is enough
/// to find, or it stands beside someone (« mme durand rue des tilleuls », « la dame de la rue de Calonne », « leur
/// maison rue du Général Leclerc »); and « 5 le Bourg », the village centre numbered without a street.
/// </summary>
internal static class StreetAddressRules
{
    private const int MaxStreetWords = 8;

    /// <param name="nameEnds">The last token of each person's name found, and of each « [nom] » masked before.</param>
    public static List<(int First, int Last)> Find(List<TextToken> tokens, IReadOnlySet<int> nameEnds)
    {
        var found = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var address = tokens[i].IsNumber
                ? Numbered(tokens, i)
                : WhereSomeoneLives(tokens, i, nameEnds) ?? NamedHome(tokens, i) ?? BesideSomeone(tokens, i, nameEnds);
            if (address is { } span)
            {
                found.Add(span);
                i = span.Last;
            }
        }

        return found;
    }

    private static (int First, int Last)? Numbered(List<TextToken> tokens, int i)
    {
        var number = tokens[i];
        if (number.Length > 4 || number.Text.All(c => c == '0'))
        {
            return null;
        }

        // « 1,5 rue »: a decimal; « à 6h50 du hameau », « à 7 h 10 place de l'Église »: a time; « la ligne 402 route de
        // Béthune »: a bus — not a street number.
        if (i >= 1 && !number.SpaceBefore
            && (tokens[i - 1].IsWord || (i >= 2 && (tokens[i - 1].IsPunct(',') || tokens[i - 1].IsPunct('.') || tokens[i - 1].IsPunct(':')) && tokens[i - 2].IsNumber)))
        {
            return null;
        }

        if (i >= 1 && FrenchWords.NotStreetNumberAfter.Contains(tokens[i - 1].Folded))
        {
            return null;
        }

        var k = i + 1;
        if (k + 1 < tokens.Count && tokens[k].IsPunct('-') && tokens[k + 1].IsNumber)
        {
            k += 2; // « 12-14 rue »
        }

        if (k < tokens.Count && tokens[k].IsWord && FrenchWords.NumberSuffixes.Contains(tokens[k].Folded)
            && (tokens[k].Length > 1 || !tokens[k].SpaceBefore || tokens[k].IsCapitalized))
        {
            k++; // « 8 bis », « 8bis », « 8 B »
        }

        if (k < tokens.Count && tokens[k].IsPunct(','))
        {
            k++; // « 12, rue des Lilas »
        }

        // « au 12 de la rue Pasteur », « au 5 du chemin Vert »
        if (k + 1 < tokens.Count && tokens[k].Folded == "de" && tokens[k + 1].Folded is "la" or "l'")
        {
            k += 2;
        }
        else if (k < tokens.Count && tokens[k].Folded == "du")
        {
            k++;
        }

        // « 5 le Bourg »: the village centre's houses, numbered without a street — not « en 2015 le bourg comptait… »,
        // « samedi 14 le bourg sera fermé ».
        if (i + 2 < tokens.Count && number.Length <= 3 && tokens[i + 1].Folded == "le" && tokens[i + 2].Text == "Bourg"
            && (i == 0 || !(FrenchWords.Months.Contains(tokens[i - 1].Folded) || tokens[i - 1].Folded == "le")))
        {
            return (i, Extend(tokens, i + 2));
        }

        if (StreetType(tokens, k) is not { } type)
        {
            return null;
        }

        // « 1 place de la Mairie » but « 1 place en crèche »: a lower-case name after an ambiguous type only when
        // « au » or « habite » comes before the number (« au 5 place de la mairie »).
        var home = i > 0 && (tokens[i - 1].Folded == "au" || FrenchWords.LivesAt.Contains(tokens[i - 1].Folded));
        var last = StreetName(tokens, type.Next, type.LowercaseName || home);
        if (last < 0 && type.NameOptional)
        {
            last = type.Next - 1;
        }

        return last < 0 ? null : (i, Extend(tokens, last));
    }

    private static (int First, int Last)? WhereSomeoneLives(List<TextToken> tokens, int i, IReadOnlySet<int> nameEnds)
    {
        var cue = tokens[i];
        if (!cue.IsWord)
        {
            return null;
        }

        var lives = FrenchWords.LivesAt.Contains(cue.Folded);
        if (!lives && !FrenchWords.AloneAt.Contains(cue.Folded))
        {
            return null;
        }

        // « chez l'habitant », « une belle demeure »: nouns, not someone living there.
        if (lives && i > 0 && FrenchWords.Determiners.Contains(tokens[i - 1].Folded))
        {
            return null;
        }

        var k = i + 1;
        for (var skipped = 0; lives && skipped < 2 && k < tokens.Count && FrenchWords.LivesAtAdverbs.Contains(tokens[k].Folded); skipped++)
        {
            k++;
        }

        // « il habite tout au bout du chemin des Aulnes », « elle vit en haut de la rue Pasteur »: any street type.
        if (lives && PartOfTheStreet(tokens, k) is var street && street > k)
        {
            return StreetAt(tokens, street);
        }

        // « ils habitent la cité des Oiseaux », as « habiter » takes its place without a preposition — a person's, not
        // « les quarante familles qui habitent la cité des Cheminots ».
        if (cue.Folded.StartsWith("habit", StringComparison.Ordinal) && k < tokens.Count && tokens[k].Folded is "la" or "le" or "l'"
            && SomeoneInTheSentence(tokens, i, nameEnds))
        {
            return StreetAt(tokens, k + 1);
        }

        // « au lotissement », « à la résidence », « dans le hameau »: only before a place-like street type.
        var preposition = false;
        if (k < tokens.Count && tokens[k].Folded == "au")
        {
            (preposition, k) = (true, k + 1);
        }
        else if (k + 1 < tokens.Count && tokens[k].Folded is "a" or "dans" && tokens[k + 1].Folded is "la" or "le" or "l'")
        {
            (preposition, k) = (true, k + 2);
        }

        // « seule au hameau de … »: « seul » says where someone lives only before a preposition (« la seule rue »).
        if ((!lives && !preposition) || StreetType(tokens, k) is not { } type
            || (preposition && !FrenchWords.PlaceLikeStreetTypes.Contains(tokens[k].Folded)))
        {
            return null;
        }

        var last = StreetName(tokens, type.Next, type.LowercaseName);
        return last < 0 ? null : (k, Extend(tokens, last));
    }

    /// <summary>
    /// A street without number that says where a designated person lives: right after their name, maybe past their age
    /// (« mme durand rue des tilleuls », « M. X, 76 ans, route de Lestrem »); after their name or a person noun and
    /// « de la » (« monsieur Delcroix de la rue des Meuniers », « la vieille dame de la rue de Calonne »); after their
    /// home (« leur maison rue du Général Leclerc », « chez elle impasse des Acacias ») or a move (« a déménagé rue des
    /// Glycines »), when a person is the sentence's subject — not a service's (« la commune loue sa maison rue
    /// Pasteur », « la pharmacie a déménagé route de Béthune »). Only the types a home is on: not a square where people
    /// meet (« RDV avec M. Vasseur place de l'Église »), and not a neighbourhood after « de la » (« un jeune de la
    /// cité Jean Moulin »). A street after anything else stays a place (« la médiathèque rue de la Gare »).
    /// </summary>
    private static (int First, int Last)? BesideSomeone(List<TextToken> tokens, int i, IReadOnlySet<int> nameEnds)
    {
        if (i == 0 || StreetType(tokens, i) is not { } type || !(type.NameOptional || FrenchWords.HomeStreetTypes.Contains(tokens[i].Folded)))
        {
            return null;
        }

        // « la dame de la rue de Lestrem », « un mobil-home au fond du chemin des Sablons »
        var of = tokens[i - 1].Folded == "du" ? i - 2
            : i >= 2 && tokens[i - 1].Folded is "la" or "l'" && tokens[i - 2].Folded == "de" ? i - 3
            : -1;
        if (of >= 0)
        {
            var whose = BeforePartOfTheStreet(tokens, of);
            return FrenchWords.LinearStreetTypes.Contains(tokens[i].Folded)
                && (IsSomeone(tokens, whose, nameEnds) || IsHome(tokens, whose, nameEnds))
                ? StreetBesideSomeone(tokens, i)
                : null;
        }

        var before = SkipAgeAndCommas(tokens, i - 1);
        return before >= 0
            && (nameEnds.Contains(before) || IsHome(tokens, before, nameEnds)
                || (FrenchWords.MovedTo.Contains(tokens[before].Folded) && SomeoneInTheSentence(tokens, before, nameEnds)))
            ? StreetBesideSomeone(tokens, i)
            : null;
    }

    /// <summary>
    /// A person's name, or a person designated as the age rules do (« la dame », « la vieille dame », « ses enfants », « les
    /// deux voisins »; « la dame âgée » too) — not a group (« les familles de la cité Jean Jaurès »: a neighbourhood, not a
    /// household) — or a household (« la famille »).
    /// </summary>
    private static bool IsSomeone(List<TextToken> tokens, int k, IReadOnlySet<int> nameEnds)
    {
        if (k < 0)
        {
            return false;
        }
        if (nameEnds.Contains(k))
        {
            return true;
        }

        if (k >= 1 && FrenchWords.Aged.Contains(tokens[k].Folded))
        {
            k--;
        }
        return AgeRules.IsDesignatedPerson(tokens, k)
            || (k >= 1 && FrenchWords.FamilyWords.Contains(tokens[k].Folded) && FrenchWords.SingularDeterminers.Contains(tokens[k - 1].Folded));
    }

    /// <summary>
    /// Where someone lives, ending at <paramref name="k"/>: « leur maison », « son logement », « dans une caravane »
    /// (when a person is the sentence's subject), « chez elle », « chez une amie », « chez son cousin », « chez M.
    /// Dupont » — not « chez l'habitant », a guest room.
    /// </summary>
    private static bool IsHome(List<TextToken> tokens, int k, IReadOnlySet<int> nameEnds)
    {
        if (k < 1)
        {
            return false;
        }

        if (FrenchWords.HomeNouns.Contains(tokens[k].Folded))
        {
            // « Leur maison rue du Général Leclerc a brûlé », opening its sentence: the people it is about came before.
            var possessive = FrenchWords.Possessives.Contains(tokens[k - 1].Folded);
            return (possessive && OpensItsSentence(tokens, k - 1))
                || ((possessive || (k >= 2 && tokens[k - 1].Folded is "un" or "une" && tokens[k - 2].Folded == "dans"))
                    && SomeoneInTheSentence(tokens, k, nameEnds));
        }

        var host = k - 1;
        while (host >= 0 && host >= k - 4 && tokens[host].Folded != "chez")
        {
            host--;
        }

        return host >= 0 && tokens[host].Folded == "chez" && tokens[k].Folded != "habitant"
            && (host == k - 1 ? FrenchWords.StressedPronouns.Contains(tokens[k].Folded) : IsSomeone(tokens, k, nameEnds));
    }

    /// <summary>
    /// Whether a person — someone as <see cref="IsSomeone"/> says (« la famille », not « les quarante familles »), « il »,
    /// « elle », « ils », « elles » — comes before <paramref name="k"/> in its sentence: the one whose home or move it is,
    /// not a service's or a commune's.
    /// </summary>
    private static bool SomeoneInTheSentence(List<TextToken> tokens, int k, IReadOnlySet<int> nameEnds)
    {
        const int MaxLookBack = 30;
        for (var j = k - 1; j >= 0 && j >= k - MaxLookBack && !EndsASentence(tokens[j]); j--)
        {
            var token = tokens[j];
            var impersonal = token.Folded == "il" && j + 1 < tokens.Count && FrenchWords.ImpersonalAfterIl.Contains(tokens[j + 1].Folded);
            if ((FrenchWords.SubjectPronouns.Contains(token.Folded) && !impersonal) || IsSomeone(tokens, j, nameEnds))
            {
                return true;
            }

            if (token.BreakBefore)
            {
                return false;
            }
        }

        return false;
    }

    private static bool OpensItsSentence(List<TextToken> tokens, int k) => k == 0 || tokens[k].BreakBefore || EndsASentence(tokens[k - 1]);

    private static bool EndsASentence(TextToken token) =>
        token.IsPunct('.') || token.IsPunct(';') || token.IsPunct('!') || token.IsPunct('?');

    /// <summary>Back past « au fond », « tout au bout », « en haut » before « du » / « de la »; the token before them.</summary>
    private static int BeforePartOfTheStreet(List<TextToken> tokens, int k)
    {
        if (k < 1 || !FrenchWords.PartsOfAStreet.Contains(tokens[k].Folded) || tokens[k - 1].Folded is not ("au" or "en"))
        {
            return k;
        }

        return k >= 3 && tokens[k - 2].Folded == "tout" ? k - 3 : k - 2;
    }

    /// <summary>
    /// Back past « , », « 76 ans », « quatre-vingt-un ans », « (89 ans) », « [âge] » between a name and its street; the
    /// token before them.
    /// </summary>
    private static int SkipAgeAndCommas(List<TextToken> tokens, int k)
    {
        for (var skipped = 0; k >= 0 && skipped < 6; skipped++)
        {
            if (tokens[k].IsPunct(',') || tokens[k].IsPunct('(') || tokens[k].IsPunct(')'))
            {
                k--;
            }
            else if (k >= 1 && tokens[k].Folded is "ans" or "an" && (tokens[k - 1].IsNumber || FrenchNumberWords.StartBefore(tokens, k - 1) >= 0))
            {
                k = tokens[k - 1].IsNumber ? k - 2 : FrenchNumberWords.StartBefore(tokens, k - 1) - 1;
            }
            else if (k >= 2 && tokens[k].IsPunct(']') && tokens[k - 1].Folded == "age" && tokens[k - 2].IsPunct('['))
            {
                k -= 3;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// Past « tout au bout du », « en haut de la », « au fond de l' »: the token after them, or <paramref name="k"/>
    /// when there are none.
    /// </summary>
    private static int PartOfTheStreet(List<TextToken> tokens, int k)
    {
        var m = k < tokens.Count && tokens[k].Folded == "tout" ? k + 1 : k;
        if (m + 2 >= tokens.Count || tokens[m].Folded is not ("au" or "en") || !FrenchWords.PartsOfAStreet.Contains(tokens[m + 1].Folded))
        {
            return k;
        }

        m += 2;
        return tokens[m].Folded switch
        {
            "du" or "des" => m + 1,
            "de" when m + 1 < tokens.Count && tokens[m + 1].Folded is "la" or "l'" => m + 2,
            _ => k,
        };
    }

    /// <summary>The street that starts at <paramref name="k"/>, with what follows it, if it has a name.</summary>
    private static (int First, int Last)? StreetAt(List<TextToken> tokens, int k) =>
        StreetType(tokens, k) is { } type ? Street(tokens, k, type, type.LowercaseName) : null;

    /// <summary>
    /// A street beside a person, whose name starts with a capital (« M. Caron, route barrée l'hiver » is no address) —
    /// or in lower case after « rue », « impasse », « chemin » and a particle, as typed on a phone (« mme leroux rue
    /// des glycines »; not « M. Dupont traverse des difficultés »).
    /// </summary>
    private static (int First, int Last)? StreetBesideSomeone(List<TextToken> tokens, int k)
    {
        if (StreetType(tokens, k) is not { } type)
        {
            return null;
        }

        var lowercase = FrenchWords.LowercaseBesideStreetTypes.Contains(tokens[k].Folded)
            && type.Next < tokens.Count && FrenchWords.StreetParticles.Contains(tokens[type.Next].Folded);
        return Street(tokens, k, type, lowercase);
    }

    private static (int First, int Last)? Street(List<TextToken> tokens, int k, (int Next, bool LowercaseName, bool NameOptional) type, bool lowercase)
    {
        var last = StreetName(tokens, type.Next, lowercase);
        if (last < 0 && type.NameOptional)
        {
            last = type.Next - 1;
        }

        return last < 0 ? null : (k, Extend(tokens, last));
    }

    /// <summary>« lieu-dit le Petit Mortier », « ferme des Aulnes », « résidence du Parc appt 14 »: a home without number.</summary>
    private static (int First, int Last)? NamedHome(List<TextToken> tokens, int i)
    {
        if (StreetType(tokens, i) is not { } type)
        {
            return null;
        }

        var last = StreetName(tokens, type.Next, type.LowercaseName);
        if (last < 0)
        {
            return null;
        }

        var extended = Extend(tokens, last);
        var flatFollows = Enumerable.Range(last + 1, extended - last).Any(k => FrenchWords.AddressComplements.Contains(tokens[k].Folded));
        return FrenchWords.LieuDit.Contains(tokens[i].Folded) || IsFarm(tokens, i) || flatFollows ? (i, extended) : null;
    }

    /// <summary>
    /// « la ferme des Aulnes », « à la ferme du Haut Bois »: a farm by its name, after an article — not the verb
    /// (« l'épicerie ferme en août », « le club ferme de juin à septembre »).
    /// </summary>
    private static bool IsFarm(List<TextToken> tokens, int i) =>
        FrenchWords.Farms.Contains(tokens[i].Folded) && tokens[i].IsLowercase
        && i > 0 && tokens[i - 1].Folded is "la" or "une" or "sa" or "leur"
        && i + 2 < tokens.Count && tokens[i + 1].Folded is "de" or "du" or "des" or "d'"
        && !FrenchWords.Months.Contains(tokens[i + 2].Folded) && !FrenchWords.Feasts.Contains(tokens[i + 2].Folded)
        && !FrenchWords.Schools.Contains(tokens[i + 2].Folded);

    /// <summary>
    /// A street type at <paramref name="k"/> (« rue », « av. », « Rte », « Grande Rue »), singular; NameOptional
    /// when the type is a name by itself.
    /// </summary>
    private static (int Next, bool LowercaseName, bool NameOptional)? StreetType(List<TextToken> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return null;
        }

        // « 42 Grande Rue », « 11 Grand'Rue », « 2 Grand Place »: the whole name. A square only in capitals: « 1 grande
        // place de parking » is no address.
        if (tokens[k].Folded is "grande" or "grand")
        {
            var next = k + 1 < tokens.Count && (tokens[k + 1].IsPunct('\'') || tokens[k + 1].IsPunct('’')) && !tokens[k + 1].SpaceBefore ? k + 2 : k + 1;
            if (next < tokens.Count && tokens[next].Folded == "rue")
            {
                return (next + 1, true, true);
            }
            if (next < tokens.Count && tokens[next].Folded == "place" && char.IsUpper(tokens[k].Text[0]) && char.IsUpper(tokens[next].Text[0]))
            {
                return (next + 1, false, true);
            }
        }

        // « 3 Hauptstrasse », « 12 Kirchgasse »: an Alsatian or Mosellan street, its type inside its name (not the
        // surname « Lagasse »).
        if (tokens[k].IsCapitalized && IsGermanStreet(tokens[k].Folded))
        {
            return (k + 1, false, true);
        }

        if (tokens[k].Folded == "lieu" && k + 1 < tokens.Count && tokens[k + 1].Folded == "dit")
        {
            return (k + 2, false, false); // « lieu dit les Granges », as often typed — not « ce lieu dit beaucoup »
        }

        // « 1 côté Nord » folds like « côte ».
        if (!FrenchWords.StreetTypes.TryGetValue(tokens[k].Folded, out var lowercaseName)
            || (tokens[k].Folded == "cote" && tokens[k].Text.EndsWith('é')))
        {
            return null;
        }

        var dot = k + 1 < tokens.Count && tokens[k + 1].IsPunct('.') && !tokens[k + 1].SpaceBefore;
        if (FrenchWords.DottedStreetTypes.Contains(tokens[k].Folded) && !dot)
        {
            return null;
        }

        return (dot ? k + 2 : k + 1, lowercaseName, FrenchWords.NamedStreetTypes.Contains(tokens[k].Folded));
    }

    private static bool IsGermanStreet(string folded)
    {
        const int ShortestPrefix = 4;
        foreach (var ending in FrenchWords.GermanStreetEndings)
        {
            if (folded.Length >= ending.Length + ShortestPrefix && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of the street's name starting at <paramref name="k"/>, or -1 when there is none. Capitalised
    /// words continue a name, particles count when a word follows them, dates count in « rue du 8 Mai 1945 »; a
    /// lower-case name (« rue des lilas ») is taken when the type allows it, up to three words, until a common word.
    /// </summary>
    private static int StreetName(List<TextToken> tokens, int k, bool lowercaseAllowed)
    {
        var start = k;
        var last = -1;
        var lowercase = 0;
        var words = 0;
        while (k < tokens.Count && words < MaxStreetWords)
        {
            var token = tokens[k];
            if (k > start && token.BreakBefore)
            {
                break;
            }

            if (token.IsWord && FrenchWords.StreetParticles.Contains(token.Folded))
            {
                var m = k;
                while (m < tokens.Count && m - k < 3 && tokens[m].IsWord && FrenchWords.StreetParticles.Contains(tokens[m].Folded)
                       && (m == k || !tokens[m].BreakBefore))
                {
                    m++;
                }

                if (m < tokens.Count && !tokens[m].BreakBefore && !FrenchWords.StreetParticles.Contains(tokens[m].Folded)
                    && IsHead(tokens, m, last, lowercaseAllowed, lowercase))
                {
                    k = m;
                    continue;
                }

                break;
            }

            if (!IsHead(tokens, k, last, lowercaseAllowed, lowercase))
            {
                break;
            }

            if (token.IsLowercase)
            {
                lowercase++;
            }

            last = k++;
            words++;
        }

        return last;
    }

    private static bool IsHead(List<TextToken> tokens, int k, int last, bool lowercaseAllowed, int lowercase)
    {
        var token = tokens[k];
        if (token.IsNumber)
        {
            // « rue du 8 Mai 1945 », « place du 11 novembre »
            var day = token.Length <= 2 && k + 1 < tokens.Count && FrenchWords.Months.Contains(tokens[k + 1].Folded);
            var year = token.Length == 4 && last >= 0 && FrenchWords.Months.Contains(tokens[last].Folded);
            return day || year;
        }

        // « rue Madame de Sévigné »: a civility opens a street's name; after it, « 8 place de l'Église M. Gauthier », it
        // starts a person's.
        if (!token.IsWord || token.IsElision || (last >= 0 && PersonNameRules.CivilityEnd(tokens, k) >= 0))
        {
            return false;
        }

        if (last < 0 && FrenchWords.Civilities.Contains(token.Folded))
        {
            return token.IsCapitalized;
        }

        if (token.IsCapitalized)
        {
            return !FrenchWords.NotNames.Contains(token.Folded) || FrenchWords.Months.Contains(token.Folded);
        }

        // Lower case: a month after a day (« rue du 8 mai »), or a chat-style name when the type allows it and the
        // name is lower case so far (« 3 rue des peupliers », but « rue Pasteur depuis » ends at « Pasteur »).
        if (FrenchWords.Months.Contains(token.Folded) && k > 0 && tokens[k - 1].IsNumber)
        {
            return true;
        }

        var lowercaseSoFar = last < 0 || tokens[last].IsLowercase || tokens[last].IsNumber;
        return lowercaseAllowed && lowercaseSoFar && lowercase < 3 && token.Length >= 2 && !FrenchWords.Common.Contains(token.Folded)
            && !FrenchWords.StreetTypes.ContainsKey(token.Folded);
    }

    /// <summary>« , 59660 Merville », « 62350 Saint-Venant », « , bât. B, appt 12 », « n° 12 » after the street.</summary>
    private static int Extend(List<TextToken> tokens, int last)
    {
        while (true)
        {
            var k = last + 1;
            if (k < tokens.Count && tokens[k].IsPunct(','))
            {
                k++;
            }

            if (k >= tokens.Count || tokens[k].BreakBefore)
            {
                return last;
            }

            if (tokens[k].IsNumber && tokens[k].Length == 5)
            {
                last = City(tokens, k + 1) is var city && city >= 0 ? city : k;
                continue;
            }

            if (tokens[k].IsWord && FrenchWords.AddressComplements.Contains(tokens[k].Folded))
            {
                var value = k + 1 < tokens.Count && tokens[k + 1].IsPunct('.') && !tokens[k + 1].SpaceBefore ? k + 2 : k + 1;
                if (value < tokens.Count && (tokens[value].IsNumber || (tokens[value].IsWord && tokens[value].Length <= 2 && tokens[value].IsCapitalized)))
                {
                    last = value;
                    continue;
                }
            }

            // « rue des Lilas n°12 »
            if (k == last + 1 && k + 2 < tokens.Count && tokens[k].Folded is "n" or "no" && tokens[k + 1].Text is "°" or "º" && tokens[k + 2].IsNumber)
            {
                last = k + 2;
                continue;
            }

            return last;
        }
    }

    /// <summary>The last token of a city name starting at <paramref name="k"/> (« Merville », « La Gorgue », « Sailly-sur-la-Lys »), or -1.</summary>
    private static int City(List<TextToken> tokens, int k)
    {
        var last = -1;
        for (var words = 0; k < tokens.Count && words < 4 && !tokens[k].BreakBefore && tokens[k].IsWord; words++, k++)
        {
            var token = tokens[k];
            if (FrenchWords.StreetParticles.Contains(token.Folded) || token.Folded is "les" or "lez" or "saint" or "sainte")
            {
                continue;
            }

            if (token.IsCapitalized ? FrenchWords.NotNames.Contains(token.Folded) : FrenchWords.Common.Contains(token.Folded) || last >= 0)
            {
                break;
            }

            last = k;
        }

        return last;
    }
}
