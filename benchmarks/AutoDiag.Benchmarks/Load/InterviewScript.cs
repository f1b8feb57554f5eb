using System.Text.RegularExpressions;

namespace AutoDiag.Benchmarks.Load;

/// <summary>What a simulated élu says next, and what the bot should answer to it.</summary>
public enum Expectation
{
    /// <summary>A difficulty, a resource, or « Rien à signaler »: stored as an answer, acknowledged « Noté ».</summary>
    Answer,

    /// <summary>A risk level: stored as a risk assessment.</summary>
    Risk,

    /// <summary>« J'ai terminé »: closes a section, nothing stored to count.</summary>
    SectionDone,
}

public readonly record struct NextMessage(string Text, Expectation Expectation);

/// <summary>
/// One élu's side of the interview: reads the question the bot last asked (the progress line « Commune 1/2 · Merville ·
/// difficultés ») and answers it as an élu between two meetings would — a few difficulties from the list below, « J'ai
/// terminé », a resource or two, a typed risk level for each theme the bot asks about, mostly « Rien à signaler » for
/// the themes not mentioned. Deterministic for a given seed.
/// </summary>
public sealed partial class InterviewScript(int seed)
{
    public const string FirstContact = "bonjour";
    public const string Done = "J'ai terminé";
    public const string NothingToReport = "Rien à signaler";

    private readonly Random random = new(seed);
    private readonly Dictionary<string, int> difficultiesLeft = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> resourcesLeft = new(StringComparer.Ordinal);

    /// <summary>The interview is over: « L'état des lieux est complet ».</summary>
    public static bool IsFinished(string replies) =>
        replies.Contains("L'état des lieux est complet", StringComparison.Ordinal);

    public static bool IsError(string replies) =>
        replies.Contains("quelque chose s'est mal passé", StringComparison.Ordinal);

    /// <summary>Whether the bot acknowledged what was said.</summary>
    public static bool IsAcknowledged(string replies, Expectation expectation) => expectation switch
    {
        Expectation.Answer => replies.Contains("Noté — ", StringComparison.Ordinal)
            || replies.Contains("Merci, c'est noté.", StringComparison.Ordinal)
            || replies.Contains("Noté : rien à signaler", StringComparison.Ordinal),
        Expectation.Risk => replies.Contains("Noté : risque", StringComparison.Ordinal),
        // « C'est noté : aucune ressource à Merville. » when nothing was given to the section.
        _ => replies.Contains("Merci, c'est noté.", StringComparison.Ordinal)
            || replies.Contains("C'est noté\u00A0: aucune", StringComparison.Ordinal),
    };

    /// <summary>The answer to the last question in <paramref name="replies"/>, or null when no question is recognised.</summary>
    public NextMessage? Answer(string replies)
    {
        var question = ProgressLine().Matches(replies).LastOrDefault();
        if (question is null)
        {
            return null;
        }

        var commune = question.Groups["commune"].Value;
        switch (question.Groups["step"].Value)
        {
            case "difficultés":
                return Take(difficultiesLeft, commune, 2, 5)
                    ? new NextMessage(Pick(Difficulties), Expectation.Answer)
                    : new NextMessage(Done, Expectation.SectionDone);
            case "ressources":
                return Take(resourcesLeft, commune, 1, 3)
                    ? new NextMessage(Pick(Resources), Expectation.Answer)
                    : new NextMessage(Done, Expectation.SectionDone);
            case "risque d'aggravation":
                return new NextMessage(Pick(RiskLevels), Expectation.Risk);
            default:
                // A theme not mentioned: mostly nothing to report, sometimes a difficulty after all.
                return random.Next(6) == 0
                    ? new NextMessage(Pick(Difficulties), Expectation.Answer)
                    : new NextMessage(NothingToReport, Expectation.Answer);
        }
    }

    /// <summary>Counts down the answers to give in a section of a commune: between <paramref name="min"/> and <paramref name="max"/>.</summary>
    private bool Take(Dictionary<string, int> left, string commune, int min, int max)
    {
        if (!left.TryGetValue(commune, out var remaining))
        {
            remaining = random.Next(min, max + 1);
        }
        left[commune] = remaining - 1;
        return remaining > 0;
    }

    private string Pick(IReadOnlyList<string> texts) => texts[random.Next(texts.Count)];

    public string PickDifficulty() => Pick(Difficulties);

    [GeneratedRegex(@"Commune \d+/\d+ · (?<commune>[^·<\n]+?) · (?<step>difficultés|ressources|risque d'aggravation|thèmes non abordés)")]
    private static partial Regex ProgressLine();

    /// <summary>What élus of small communes say, of every length, some with a resident named (masked by the bot).</summary>
    public static readonly IReadOnlyList<string> Difficulties =
    [
        "Les jeunes sans permis ne peuvent pas aller à la Mission Locale, le bus ne passe que deux fois par jour.",
        "Beaucoup de familles au RSA, surtout des mères seules avec des enfants en bas âge.",
        "Plus de médecin généraliste depuis 2019, les gens vont aux urgences d'Hazebrouck pour un rhume.",
        "Les personnes âgées isolées dans les hameaux, sans voiture et sans famille à proximité.",
        "Le bus ne passe plus le samedi et les ados restent enfermés chez eux tout le week-end.",
        "Les familles monoparentales manquent de solutions de garde le matin tôt et le soir.",
        "Des logements insalubres loués à des familles qui n'osent pas se plaindre au propriétaire.",
        "Mme Lefebvre, 87 ans, vit seule depuis le décès de son mari et ne sort plus de chez elle.",
        "Les factures d'énergie ont doublé, plusieurs foyers ont demandé une aide au CCAS cet hiver.",
        "Les jeunes décrochent après le collège, certains ne sont ni en formation ni en emploi.",
        "L'épicerie a fermé, il faut faire 12 km pour faire ses courses, c'est dur pour les anciens.",
        "Des violences intrafamiliales signalées par l'école, mais personne pour accompagner les familles.",
        "Les démarches en ligne pour la CAF et les impôts, beaucoup de personnes ne savent pas faire.",
        "Le portage de repas ne suffit plus, la liste d'attente pour l'aide à domicile est longue.",
        "Manque de places en crèche, les assistantes maternelles partent à la retraite sans être remplacées.",
        "Les agriculteurs en difficulté financière, certains sont au bord du burn-out et restent seuls.",
        "Les personnes handicapées ont du mal à accéder à la mairie et aux commerces du centre.",
        "Des jeunes adultes qui reviennent vivre chez leurs parents faute de logement abordable.",
        "Les permanences de l'assistante sociale ont été supprimées, il faut aller à Bailleul.",
        "La famille Martin, rue des Écoles, vit à six dans un deux-pièces humide.",
        "Il y a de plus en plus de retraités avec de petites pensions qui renoncent à se soigner, faute de mutuelle, " +
            "et qui ne demandent rien par fierté ; on les découvre quand il est trop tard, souvent par un voisin.",
        "Addictions chez les jeunes, alcool et cannabis, sans prévention au collège ni lieu d'écoute.",
        "Le transport à la demande existe mais personne ne le connaît et il faut réserver la veille.",
        "Les aidants familiaux sont épuisés, pas de solution de répit sur la commune ni à côté.",
        "Des travailleurs pauvres qui ne touchent pas la prime d'activité parce qu'ils ne la demandent pas.",
        "Pas d'activité pour les enfants pendant les vacances, le centre de loisirs est complet.",
        "Les dentistes ne prennent plus de nouveaux patients, les enfants attendent des mois.",
        "M. Dubois, 79 ans, a fait deux chutes cet hiver et refuse la téléassistance.",
        "Le chômage de longue durée touche surtout les plus de 50 ans après la fermeture de l'usine.",
        "Les nouveaux arrivants ne connaissent personne et les associations ont du mal à les toucher.",
    ];

    public static readonly IReadOnlyList<string> Resources =
    [
        "Le CCAS distribue des colis alimentaires chaque mois avec les Restos du cœur.",
        "La médiathèque accueille les familles le mercredi et aide aux démarches en ligne.",
        "Une association de bénévoles fait du transport solidaire vers l'hôpital et le marché.",
        "L'ADMR intervient à domicile pour les personnes âgées, mais manque de personnel.",
        "Le centre social de la commune voisine propose des ateliers parents-enfants.",
        "La Mission Locale tient une permanence un jeudi sur deux à la mairie.",
        "France Services à Estaires aide pour la CAF, la CPAM et les impôts.",
        "Le club des aînés organise un repas mensuel et des visites aux personnes isolées.",
        "Une épicerie sociale ouverte deux demi-journées par semaine.",
        "L'école a un dispositif d'aide aux devoirs avec des enseignants retraités.",
        "La maison de santé pluriprofessionnelle en projet avec la commune voisine.",
        "Le relais petite enfance itinérant passe une fois par mois.",
    ];

    public static readonly IReadOnlyList<string> RiskLevels =
    [
        "élevé", "modéré", "faible", "élevé, les jeunes partent et ne reviennent pas", "modéré : ça dépend du bus",
        "faible pour l'instant", "élevé", "modéré",
    ];
}
