using System.Collections.Frozen;

namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// The small word lists the rules use, folded (lower case, no accents: see <see cref="TextTokens.Fold"/>).
/// </summary>
internal static class FrenchWords
{
    private static FrozenSet<string> Set(string words) =>
        words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(TextTokens.Fold).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Civilities written as whole words or abbreviations without a dot (« M » and « MM » are handled apart).</summary>
    public static readonly FrozenSet<string> Civilities = Set(
        "mme mmes mlle mlles melle mr msr madame monsieur mademoiselle mesdames messieurs mesdemoiselles");

    /// <summary>
    /// A civility, « M » included (<paramref name="folded"/> folded): where nothing follows that could be taken for it,
    /// in what is left around a name once it is masked, or typed around an élu's name.
    /// </summary>
    public static bool IsCivility(string folded) => folded == "m" || Civilities.Contains(folded);

    /// <summary>Civilities that are also nouns (« un monsieur », « la petite madame »): not a civility after a determiner.</summary>
    public static readonly FrozenSet<string> NounCivilities = Set("madame monsieur mademoiselle mesdames messieurs mesdemoiselles msr");

    /// <summary>Functions that follow « M. le », « Mme la »: a title, not a resident's name.</summary>
    public static readonly FrozenSet<string> Titles = Set("""
        maire adjoint adjointe president presidente vice-president vice-presidente prefet prefete sous-prefet
        sous-prefete cure abbe pasteur directeur directrice conseiller conseillere depute deputee senateur senatrice
        ministre docteur juge proviseur principal principale commissaire secretaire tresorier tresoriere inspecteur
        inspectrice recteur rectrice chef cheffe capitaine lieutenant adjudant major colonel general commandant
        professeur receveur percepteur notaire avocat avocate elu elue delegue deleguee responsable coordinateur
        coordinatrice gerant gerante doyen doyenne premier premiere referent referente dgs garde receveuse
        """);

    /// <summary>Family words followed by a name (« la famille Benali », « le fils Vandamme », « sa fille Léa »).</summary>
    public static readonly FrozenSet<string> FamilyWords = Set("""
        famille familles fils fille petit-fils petite-fille veuve vve veuf couple epoux menage frere soeur pere mere
        mari femme epouse neveu niece gendre belle-fille beau-fils cousin cousine tante oncle parents enfant enfants
        petits-enfants petit petite ptit jeune gamin gamine voisin voisine mamie mamy papi papy grand-mere grand-pere fam
        compagne compagnon conjoint conjointe concubin concubine jumeaux jumelles
        """);

    /// <summary>Parents, before « de » and their child's first name: « la mère de Lucas ».</summary>
    public static readonly FrozenSet<string> Parents = Set("mere pere maman papa parents grand-mere grand-pere mamie papi");

    /// <summary>
    /// Capitalised words after « les » that are not a household though they end in neither s nor x (those are plurals:
    /// see <see cref="PersonNameRules"/>): « les Restau du Cœur », « les Quatre Chemins ».
    /// </summary>
    public static readonly FrozenSet<string> NotHouseholdNames = Set("""
        restau resto deux trois quatre cinq six sept huit neuf dix vingt cent mille noel info accueil relais enfance
        jeunesse plus emploi rom
        """);

    /// <summary>Family words that take a name without a determiner (« famille Kowalski », « veuve Delannoy »).</summary>
    public static readonly FrozenSet<string> BareFamilyWords = Set("famille familles fam veuve vve mamie mamy papi papy");

    /// <summary>Family words abbreviated with a dot: « fam. Ouedraogo », « vve. Martin ».</summary>
    public static readonly FrozenSet<string> AbbreviatedFamilyWords = Set("fam vve");

    /// <summary>Determiners before a family word or a person noun.</summary>
    public static readonly FrozenSet<string> Determiners = Set("""
        le la l' les un une son sa ses leur leurs mon ma mes notre nos votre vos ce cet cette ces du des au aux
        """);

    /// <summary>Name particles: « de Sousa », « Le Gall », « Van de Velde », « D'Hondt », « N'Diaye », « O'Brien », « Ben Ahmed ».</summary>
    public static readonly FrozenSet<string> NameParticles = Set("de du des d' n' o' la le les van von der den ben el al da di dos ter mac");

    /// <summary>Particles that are not French words, so open a name in lower case too: « mr dos reis », « mme da silva ».</summary>
    public static readonly FrozenSet<string> ForeignNameParticles = Set("van von der den ben el al da di dos ter mac");

    /// <summary>Civilities for several people: « Mmes Durand et Petit », « MM. Leroy et Caron ».</summary>
    public static readonly FrozenSet<string> PluralCivilities = Set("mmes mlles mm messieurs mesdames mesdemoiselles");

    /// <summary>Frequent surnames that are also common words: taken after a civility in lower case too (« mlle petit »).</summary>
    public static readonly FrozenSet<string> CommonWordSurnames = Set("petit");

    /// <summary>
    /// Schools named after someone: « collège Madame de Sévigné ». Only before a civility and « de » (« devant l'école
    /// Mme Dupont attendait son fils » is a resident).
    /// </summary>
    public static readonly FrozenSet<string> Schools = Set("college ecole lycee");

    /// <summary>Capitalised words that do not start or continue a name.</summary>
    public static readonly FrozenSet<string> NotNames = Set("""
        il elle ils elles on nous vous je tu un une et ou mais donc car ce cette ces ca cela ceci sa son ses leur leurs
        mon ma mes notre nos votre vos depuis avec sans pour par sur dans en au aux a y tous tout toute toutes quand si
        oui non merci bonjour bonsoir rien aucun aucune tres trop meme aussi encore deja toujours jamais sinon puis
        ensuite enfin alors ici qui que quoi dont ou comment pourquoi personne certains certaines plusieurs chaque voila
        tel telephone portable port fixe mail email e-mail courriel adresse contact ne nee rdv urgent urgence
        signalement objet ps nb cf suite re pas plus peu beaucoup chez
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
        octobre novembre decembre
        ccas cias caf cpam msa rsa apa aah ehpad admr pmi mdph saad ssiad udaf tad ml cc cd as ase clic msap mjc pij rdv
        hlm opac sdf crous fsl cmu css ars ccfl bricolage esat ephad urssaf epci samu smur zac apl mam ime cada sessad itep
        cmp cmpp had linky airbnb saint france pole
        rue avenue boulevard impasse allee chemin route place quai square residence lotissement hameau
        """);

    /// <summary>Capitalised words that follow a family word without being a name (« Familles Rurales », « le père Noël »).</summary>
    public static readonly FrozenSet<string> NotFamilyNames = Set("""
        noel rurales rurale solidaires solidaire info accueil services service relais roms rom gitans gitane tsiganes
        ukrainiens ukrainienne syriens afghans francaise francais enfance jeunesse plus emploi casino carrefour
        intermarche auchan lidl aldi netto spar proxi vival super monoprix train marche loisirs nova laiques fouettard
        monoparentale monoparentales nombreuse nombreuses recomposee d'accueil etrangere etrangeres etranger etrangers
        syrien syrienne syriennes belge belges afghan afghane afghanes ukrainien ukrainiennes turc turcs turque turques
        gitane gitanes manouche manouches tzigane tziganes roumain roumaine roumains kurde kurdes marocain marocaine
        algerien algerienne tunisien tunisienne africain africaine soudanais soudanaise erythreen erythreenne albanais
        albanaise georgien georgienne tchetchene russe russes polonais polonaise portugais portugaise franco-belge
        """);

    /// <summary>
    /// Frequent lower-case words that are not names nor street names: what an élu writes right after « mme dupont »
    /// or « rue des lilas ».
    /// </summary>
    public static readonly FrozenSet<string> Common = Set("""
        le la les l' un une des du de d' au aux et ou mais donc car ni or que qu' qui quoi dont ou y en ne n' se s'
        me m' te t' lui leur leurs eux elle elles il ils on nous vous je j' tu ce c' ca cela ceci cet cette ces
        son sa ses mon ma mes ton ta tes notre nos votre vos a à est sont ont etait etaient avait avaient sera seront
        aura auront va vont vient viennent fait font dit disent peut peuvent doit doivent veut veulent sait savent
        habite habitent vit vivent reste restent part partent sort sortent passe passent attend attendent cherche
        cherchent demande demandent refuse refusent souhaite souhaitent touche touchent percoit travaille travaillent
        connait prend prennent voit vois dort dorment mange boit tombe tombee tombent paie paye n'a n'est
        pleure souffre fume crie parle marche conduit rentre monte descend accepte aime pense croit arrive appelle
        telephone ecrit lit sait gere garde s'occupe occupe recoit perd perdu garde
        avec sans pour par sur sous dans chez vers entre depuis pendant apres avant contre selon malgre
        tres trop plus moins peu bien mal aussi encore deja toujours jamais souvent parfois vraiment seulement
        surtout meme tout tous toute toutes rien personne aucun aucune chaque plusieurs certains certaines autre
        autres seul seule seuls seules agee age agees ages malade malades handicape handicapee isole isolee veuve veuf
        enceinte pauvre vieux vieille ancien ancienne nouveau nouvelle
        ds pr pq pcq bcp pb pbs tjs tt svp stp rdv tel tél mail port fixe etc ok oui non merci bonjour
        ici la-bas là hier demain aujourd maintenant desormais actuellement
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
        octobre novembre decembre
        """);

    /// <summary>Places that follow « mme » in a chat without being a name (« mme mairie »): nouns, not names.</summary>
    public static readonly FrozenSet<string> PlaceNouns = Set("mairie ecole eglise gare commune village bourg centre maison logement appartement ehpad");

    /// <summary>Singular determiners before a person noun: « une dame de 90 ans », « sa mère, 87 ans ».</summary>
    public static readonly FrozenSet<string> SingularDeterminers = Set("un une le la l' ce cet cette mon ma son sa notre votre leur du au");

    /// <summary>Common first names, to take « mme jeanne dupont » whole when the élu writes without capitals.</summary>
    public static readonly FrozenSet<string> FirstNames = Set("""
        jean pierre michel andre philippe alain jacques bernard rene daniel claude gerard marcel christian patrick
        louis paul henri francis roger robert georges jean-pierre jean-claude jean-marie jean-louis jean-paul
        jean-michel guy serge thierry eric pascal olivier didier dominique christophe frederic laurent stephane
        nicolas sebastien julien david franck bruno joel marc luc yves gilles maurice raymond lucien fernand
        kevin dylan anthony jordan thomas lucas hugo leo enzo theo nathan mathis maxime alexandre antoine
        marie jeanne francoise monique catherine nathalie isabelle sylvie martine nicole christine brigitte
        annie jacqueline michele denise madeleine simone suzanne yvette colette odette paulette ginette josiane
        marie-therese marie-claire marie-christine anne-marie sophie sandrine celine valerie veronique patricia
        christelle stephanie aurelie emilie julie laura lea chloe emma ines manon camille sarah jessica melanie
        helene chantal danielle josette huguette germaine lucienne gisele marcelle therese bernadette
        noah jade louise alice lina rose mila ambre anna lou gabriel raphael arthur jules adam mael liam sacha ethan
        nolan tom timeo kylian sabrina nadia samia karima fatima mohamed ahmed youssef karim rachid
        aaron abdel abdelkader abdallah abel achille adrien alban albert alexis alfred ali alphonse amaury
        amine anatole andy antonin armand arnaud aubin augustin aurelien axel aymeric baptiste barthelemy
        basile bastien benjamin benoit bertrand blaise boris brahim brice bryan cedric celestin cesar charles
        charly clement corentin cyril cyrille damien dimitri djamel edgar edmond edouard eliott elias elie
        emile emilien emmanuel erwan etienne eugene evan fabien fabrice farid florent florian francois gabin
        gael gaetan gaston gauthier gerald germain ghislain gilbert gregory guillaume gustave hamid hassan
        herve hicham hubert hugues ibrahim ilyes isaac ismael jacky jeremie jeremy jerome jessy jimmy joachim
        johan johnny jonathan jose joseph justin kenzo leandre leon leonard lionel loic loris ludovic malik
        manuel marceau marius martial mathias mathieu matheo matteo matthieu max maxence medhi mehdi michael
        mickael mohammed morgan nabil nael nathanael noa noam noe norbert octave omar oscar patrice
        paulin quentin regis remi remy renaud richard robin rodolphe roland romain romeo ronan ruben salim sami
        samir samuel samy simon sofiane steve steven sylvain tanguy teddy theophile thibault thibaut tim
        timothee titouan tony tristan ugo valentin valery victor vincent virgile wilfried william xavier yanis
        yann yannick yassine yoann yvon zacharie jean-baptiste jean-francois jean-jacques jean-luc jean-marc
        jean-noel jean-yves pierre-yves pierre-louis marc-antoine adele adeline adrienne agathe agnes aicha
        albane alexandra alexia aline alix alicia amandine amelie anais andree angele angelique anne annette
        annick anouk antoinette apolline ariane arlette armelle audrey augustine axelle beatrice benedicte
        berangere berthe carine carole caroline cassandra cecile celia charlene charlotte christiane claudine
        clara clarisse clemence clementine coline coralie corinne cynthia daniele delphine diane edith eleonore
        elisa elisabeth elise ella eloise elodie emeline estelle esther eva evelyne fabienne fanny fatou
        francine gabrielle genevieve georgette ghislaine gilberte henriette irene jeanine jeannine jennifer
        joelle juliette justine karine katia laetitia laure laurence leila lena leonie liliane lisa louane
        lucie lucile ludivine lydie maelle maeva margaux maria marianne marina marion marthe maryse mathilde
        maud mauricette melissa micheline mireille murielle myriam nadege nadine naima noemie oceane odile olga
        ophelie pascale paula pauline perrine raymonde rebecca regine renee rolande rosalie roselyne sabine
        salome sandra severine solange solene sonia suzette sylviane tatiana valentine vanessa viviane virginie
        yolande yvonne zoe anne-sophie anne-laure anne-claire marie-france marie-laure
        marie-helene marie-paule marie-josee marie-noelle marie-line florence claire aurore marine blanche
        marguerite violette capucine victoire
        """);

    /// <summary>
    /// First names that are also common words or places (« la rose », « une pierre », « Florence », « la marine »,
    /// « Noël »): a person only with a surname after them (« Rose Dupont ») or in brackets after a name (« Mme Petit
    /// (Rose) »), never alone at a sentence start. Some are in <see cref="FirstNames"/> only for « mme rose dupont ».
    /// </summary>
    public static readonly FrozenSet<string> AmbiguousFirstNames = Set("""
        rose pierre claude florence claire aurore marine blanche marguerite violette capucine victoire noel jade ambre
        clement romain martial marina cesar france nancy olive ange prudence constance perle reine iris fleur flore grace
        aime desire
        """);

    /// <summary>First names that a chat in lower case uses as common words (« un jean », « du marc », « au max »).</summary>
    public static readonly FrozenSet<string> LowercaseCommonFirstNames = Set("jean marc guy pascal germain maxime max louis tom lou");

    /// <summary>
    /// Capitalised words after a first name that make it an institution's or a place's name, not a person's: « France
    /// Travail », « Marine Nationale ».
    /// </summary>
    public static readonly FrozenSet<string> NotSurnames = Set("""
        travail services service nationale national ville habitat info emploi solidarite sante alzheimer bleu telecom
        renov terre active sud nord est ouest centre ville-centre
        """);

    /// <summary>
    /// People whose name a school, a street, a hall or a centre bears: « collège Jean Moulin », « centre social Jean
    /// Jaurès », « salle Pierre Mauroy » — written without the place noun too (« à Jean Moulin », « le Jules Ferry »).
    /// </summary>
    public static readonly string[][] FamousNames = """
        jean moulin; jean jaures; victor hugo; jules ferry; pierre mauroy; marie curie; pierre et marie curie; louis pasteur;
        charles de gaulle; jean mace; paul bert; jacques prevert; jean zay; anatole france; albert camus; leon blum;
        simone veil; louise michel; jean de la fontaine; georges brassens; jean rostand; paul langevin; marcel pagnol;
        jean monnet; robert schuman; emile zola; jean bart; jean lebas; roger salengro; jules guesde; leo lagrange;
        jean mermoz; pierre brossolette; francoise dolto; celestin freinet; jean giono; jules verne; paul eluard;
        louis aragon; charles peguy; gustave eiffel; rene cassin; georges pompidou; francois mitterrand; jacques chirac;
        jean ferrat; lucie aubrac; olympe de gouges; jean vilar; gerard philipe; henri matisse; claude monet;
        auguste renoir; paul cezanne; claude debussy; maurice ravel; hector berlioz; alphonse daudet; victor schoelcher;
        aime cesaire; jean-baptiste clement; camille claudel; blaise pascal; louis braille; jean lurcat; pierre de coubertin;
        antoine de saint-exupery; jean-jacques rousseau; jean jaures; gabriel peri; pierre semard; danielle casanova;
        paul vaillant-couturier; jean-baptiste lebas; emile basly; joseph fourier; marcel cachin; pablo picasso;
        nelson mandela; martin luther king; rosa parks; romain rolland; jean renoir; maryse bastie; helene boucher;
        germaine tillion; josephine baker; geneviève de gaulle; jean perrin; irene joliot-curie; frederic joliot-curie
        """.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextTokens.Fold).ToArray())
        .ToArray();

    /// <summary>
    /// Nouns before a person's name that make it a place's or an institution's (« collège Jean Moulin », « centre social
    /// Jean Jaurès », « salle polyvalente Pierre Mauroy », « EHPAD Marie Curie », « Saint Jean »).
    /// </summary>
    public static readonly FrozenSet<string> InstitutionNouns = Set("""
        college colleges ecole ecoles lycee lycees centre centres salle salles residence ehpad ephad stade gymnase
        mediatheque bibliotheque maison maisons espace foyer hopital clinique parc jardin square pont quai cite quartier
        piscine fondation association asso institut groupe creche halle complexe theatre musee port gare station club
        cinema eglise chapelle paroisse cimetiere boulodrome terrain promotion prix campus faculte universite iut cfa
        lp lpo ime itep esat hotel auberge restaurant cafe brasserie epicerie pharmacie agence entreprise societe ets
        etablissements garage aeroport dispositif operation programme plan caserne pole amicale comite collectif
        cercle union federation mission internat domaine mas chateau moulin abbaye hospice usld smur clos lotissement
        relais accueil halte ludotheque saint sainte st ste notre-dame impasse rue avenue boulevard allee chemin route place
        """);

    /// <summary>
    /// Verbs and clitics right after a first name that opens its clause: « Kevin a décroché », « Maryse ne sort
    /// plus », « Jean-Pierre vit seul », « Nadia s'occupe de… ».
    /// </summary>
    public static readonly FrozenSet<string> VerbsAfterAName = Set("""
        a est n' ne s' se y en lui leur me m' nous vous te t' l' la le les va vient vit habite habitait dort dormait reste part sort passe
        attend cherche demande refuse souhaite touche percoit travaille prend voit mange boit tombe paie paye pleure
        souffre fume crie parle marche conduit rentre monte descend accepte aime pense croit arrive appelle ecrit gere
        garde occupe recoit perd avait etait sera aura doit devait peut pouvait veut voulait sait fait faisait dit
        eleve galere cumule enchaine decroche zone traine squatte mendie frappe vient venait est-elle est-il arrive
        continue commence essaie essaye survit elevait aide aidait s'occupe s'est n'a n'est n'ont ont sont etaient
        """);

    /// <summary>Street types; the value says whether a lower-case name may follow (« 3 rue des lilas »).</summary>
    /// <remarks>
    /// Types that are also everyday nouns (« 3 places en crèche », « 2 cours de français », « 1 mail ») take a
    /// name only when it starts with a capital (« 1 place de l'Église », « 3 cours Gambetta »).
    /// </remarks>
    public static readonly FrozenDictionary<string, bool> StreetTypes = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["rue"] = true, ["avenue"] = true, ["av"] = true, ["ave"] = true, ["bd"] = false, ["bld"] = true, ["blvd"] = true,
        ["boulevard"] = true, ["impasse"] = true, ["imp"] = true, ["allee"] = true, ["chemin"] = true, ["quai"] = true,
        ["square"] = true, ["sq"] = true, ["lotissement"] = true, ["residence"] = true, ["res"] = true,
        ["hameau"] = true, ["lieu-dit"] = true, ["lieudit"] = true, ["rond-point"] = true, ["faubourg"] = true,
        ["fg"] = true, ["ruelle"] = true, ["venelle"] = true, ["sentier"] = true, ["route"] = true, ["rte"] = true,
        ["place"] = false, ["pl"] = false, ["cours"] = false, ["cour"] = false, ["clos"] = false, ["cite"] = false,
        ["voie"] = false, ["passage"] = false, ["domaine"] = false, ["parc"] = false, ["cote"] = false,
        ["traverse"] = false, ["chaussee"] = false, ["promenade"] = false, ["esplanade"] = false, ["parvis"] = false,
        ["carrefour"] = false, ["villa"] = false, ["montee"] = false, ["mail"] = false, ["ch"] = true, ["all"] = true,
        ["lot"] = true, ["r"] = true, ["grand-rue"] = true, ["grande-rue"] = true, ["ferme"] = false,
        ["hent"] = false, ["straed"] = false, // Breton: « 6 Hent ar Vilin », « Straed an Iliz »
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviated street types that need their dot (« ch. », « all. », « lot. », « pl. »).</summary>
    public static readonly FrozenSet<string> DottedStreetTypes = Set("ch all lot pl res r");

    /// <summary>Endings of Alsatian and Mosellan street names (« Hauptstrasse », « Kirchgasse »), written as one word.</summary>
    public static readonly string[] GermanStreetEndings = ["strasse", "straße", "gasse"];

    /// <summary>Street types that are a whole name: « 42 Grande Rue », « 3 grand-rue ».</summary>
    public static readonly FrozenSet<string> NamedStreetTypes = Set("grand-rue grande-rue");

    /// <summary>Street types that can follow « au », « à la », « dans le » after « habite » (« vit au lotissement Les Prés »).</summary>
    public static readonly FrozenSet<string> PlaceLikeStreetTypes = Set("lotissement residence hameau lieu-dit lieudit clos domaine cite square");

    /// <summary>Small words inside a street or city name: « rue de la Gare », « Sailly-sur-la-Lys », « rue d'Estaires », Breton « Hent ar Vilin ».</summary>
    public static readonly FrozenSet<string> StreetParticles = Set("de du des d' l' la le les aux sur sous en ar an al");

    /// <summary>« 12 bis », « 12 ter », « 12 B ».</summary>
    public static readonly FrozenSet<string> NumberSuffixes = Set("bis ter quater b c");

    /// <summary>« 12 rue X, bât. B, appt 12 ».</summary>
    public static readonly FrozenSet<string> AddressComplements = Set("bat batiment appt apt app appart appartement esc escalier porte logt etage");

    /// <summary>Words saying someone lives at a street: « qui habite rue Victor Hugo ».</summary>
    public static readonly FrozenSet<string> LivesAt = Set("""
        habite habites habitent habitait habitaient habitant habitante domicilie domiciliee domicilies domiciliees
        loge logent logee loges logees reside residant residante demeure demeurant demeurante vit vivent vivait vivaient
        """);

    /// <summary>Words between « vit » and the street: « elle vit seule impasse des Acacias », « ils vivent isolés chemin de Bailleul ».</summary>
    public static readonly FrozenSet<string> LivesAtAdverbs = Set("""
        seul seule seuls seules isole isolee isoles isolees toujours encore maintenant desormais actuellement aussi ensemble
        """);

    /// <summary>A move to a street: « la famille a déménagé rue des Glycines », « relogée impasse du Moulin ».</summary>
    public static readonly FrozenSet<string> MovedTo = Set("""
        demenage demenagee demenages demenagees emmenage emmenagee emmenages emmenagees reloge relogee reloges relogees
        """);

    /// <summary>A home, after a possessive: « leur maison rue du Général Leclerc », « son logement impasse… ».</summary>
    public static readonly FrozenSet<string> HomeNouns = Set("maison logement appartement appart domicile studio caravane mobil-home case cabane");

    public static readonly FrozenSet<string> Possessives = Set("son sa ses leur leurs");

    /// <summary>
    /// The street types a home is on, for a street without number beside someone — not the squares and walks where
    /// people meet (« place », « quai », « parvis », « cours », « mail », « parc »…).
    /// </summary>
    public static readonly FrozenSet<string> HomeStreetTypes = Set("""
        rue av ave avenue bd bld blvd boulevard impasse imp allee chemin ch ruelle venelle sentier route rte faubourg fg
        montee chaussee lotissement lot residence res hameau cite clos grand-rue grande-rue hent straed ferme lieu-dit lieudit
        """);

    /// <summary>
    /// After « de la » / « du » and a person (« la dame de la rue de Calonne »), the streets that name a few houses —
    /// not a neighbourhood (« un jeune de la cité Jean Moulin », « une famille du lotissement des Prés sur trois »).
    /// </summary>
    public static readonly FrozenSet<string> LinearStreetTypes = Set("""
        rue av ave avenue bd bld blvd boulevard impasse imp allee chemin ch ruelle venelle sentier route rte faubourg fg
        montee chaussee grand-rue grande-rue hent straed
        """);

    /// <summary>Beside a person, these take a lower-case name after a particle, as typed on a phone: « mme leroux rue des glycines ».</summary>
    public static readonly FrozenSet<string> LowercaseBesideStreetTypes = Set("rue impasse imp chemin");

    /// <summary>Subjects that are people, for a home or a move: « ils ont déménagé rue des Glycines ».</summary>
    public static readonly FrozenSet<string> SubjectPronouns = Set("il elle ils elles");

    /// <summary>« il y a », « il faut », « il reste »: « il » is nobody.</summary>
    public static readonly FrozenSet<string> ImpersonalAfterIl = Set("y faut reste existe manque s' est");

    /// <summary>After « chez »: « chez elle route de Lestrem ».</summary>
    public static readonly FrozenSet<string> StressedPronouns = Set("lui elle eux elles");

    /// <summary>« tout au bout du chemin », « en haut de la rue », « au fond de l'impasse ».</summary>
    public static readonly FrozenSet<string> PartsOfAStreet = Set("bout fond bas haut coin milieu debut");

    /// <summary>
    /// A lieu-dit is a handful of houses: named, it is an address even without number nor « habite ». (« lieu » is a
    /// street type only as « lieu dit », as often typed.)
    /// </summary>
    public static readonly FrozenSet<string> LieuDit = Set("lieu-dit lieudit lieu");

    /// <summary>
    /// Like a lieu-dit, a farm named is a home found: « la ferme des Aulnes ». (A hamlet is not: « 5 familles sans voiture
    /// au hameau des Granges » is about a place.)
    /// </summary>
    public static readonly FrozenSet<string> Farms = Set("ferme");

    /// <summary>
    /// Words after which a number is a time, a bus, a road, a distance, a year or a date, not a street number: « à 7 h 10
    /// place… », « la ligne 402 route… », « la D 945 traverse… », « en 2024, rue Pasteur », « samedi 14 place… ».
    /// </summary>
    public static readonly FrozenSet<string> NotStreetNumberAfter = Set("""
        h heure heures min ligne lignes bus navette km d rd n rn en depuis des avant apres annee lundi mardi mercredi
        jeudi vendredi samedi dimanche
        """);

    /// <summary>« seule au hameau de Cassuéjouls »: these say where someone lives only before « au », « à la ».</summary>
    public static readonly FrozenSet<string> AloneAt = Set("seul seule seuls seules isole isolee isoles isolees");

    /// <summary>A person, singular: « une dame de 90 ans », « sa mère, 87 ans ».</summary>
    public static readonly FrozenSet<string> PersonNouns = Set("""
        homme femme dame monsieur madame mamie mamy papi papy pepe veuve veuf jeune gamin gamine garcon gars fille fils
        enfant bebe nourrisson ado adolescent adolescente retraite retraitee personne patient patiente mere pere
        grand-mere grand-pere maman papa frere soeur petit-fils petite-fille voisin voisine locataire habitant
        habitante administre administree resident residente aine ainee doyen doyenne senior mari epouse epoux
        compagnon compagne conjoint conjointe oncle tante neveu niece cousin cousine type mec individu agriculteur
        agricultrice mineur mineure petit petite fillette collegien collegienne lyceen lyceenne etudiant etudiante
        aidant aidante beau-pere belle-mere belle-fille gendre eleve couple ami amie copain copine
        """);

    /// <summary>People, plural, counted or possessed: « ses deux enfants de 4 et 7 ans ».</summary>
    public static readonly FrozenSet<string> PluralPersonNouns = Set("""
        enfants fils filles garcons gamins gamines petits-enfants jumeaux jumelles ados adolescents freres soeurs petits
        voisins voisines epoux parents
        """);

    /// <summary>Determiners that make a plural designate precise people: « ses », « deux », « leurs ».</summary>
    public static readonly FrozenSet<string> CountingDeterminers = Set("ses leurs mes nos vos deux trois quatre cinq six sept huit");

    /// <summary>Adjectives between a determiner and a person noun: « une jeune femme », « la vieille dame ».</summary>
    public static readonly FrozenSet<string> PersonAdjectives = Set("jeune vieux vieille vieil petit petite pauvre grand grande brave gentille gentil autre");

    /// <summary>Words that cannot stand between a person noun and « de 87 ans »: the age would not be theirs.</summary>
    public static readonly FrozenSet<string> AgeBreakers = Set("de du des d' qui que qu' et ou a avec pour par dans sur en chez les la le l' un une");

    /// <summary>« âgée de 92 ans ».</summary>
    public static readonly FrozenSet<string> Aged = Set("age agee");

    /// <summary>« âgées de 80 et 82 ans ».</summary>
    public static readonly FrozenSet<string> AgedPlural = Set("ages agees");

    /// <summary>Words before « de N ans » that make it a threshold: « plus de 75 ans ».</summary>
    public static readonly FrozenSet<string> Thresholds = Set("plus moins + pres autour environ dela");

    /// <summary>Words right before « N ans » that make it a statistic, a duration or a moment, not someone's age.</summary>
    public static readonly FrozenSet<string> NotAnAge = Set("""
        plus moins + sous des les aux entre partir au-dela dela jusqu' jusqu depuis pendant dans en ces tous toutes sur
        apres avant environ vers quasi presque pres tranche ce cet cette ses de
        """);

    /// <summary>Pronouns right before an age: « (elle 71 ans, lui 74 ans) ».</summary>
    public static readonly FrozenSet<string> AgePronouns = Set("elle lui il");

    /// <summary>Words that end the description of a person before « , 64 ans »: a verb or a duration comes first.</summary>
    public static readonly FrozenSet<string> NotADescription = Set("""
        depuis pendant durant dans apres avant il elle ils elles on y a ont est sont etait fait travaille vit habite
        """);

    /// <summary>« il a 87 ans », « elle aura 90 ans ».</summary>
    public static readonly FrozenSet<string> HasAge = Set("a avait aura atteint");

    /// <summary>What « qui a 40 ans » may follow without being a person: « le club qui a 40 ans ».</summary>
    public static readonly FrozenSet<string> Organisations = Set("""
        club centre association asso comite mairie commune ecole college lycee ehpad residence batiment salle foyer
        structure service entreprise usine magasin maison festival creche bibliotheque mediatheque epicerie
        """);

    /// <summary>Subjects of « a 87 ans » that designate a person (and « lui », opening its clause: see AgeRules).</summary>
    public static readonly FrozenSet<string> PersonPronouns = Set("il elle qui");

    /// <summary>« a fêté ses 100 ans ».</summary>
    public static readonly FrozenSet<string> Celebrates = Set("fete fetera fetait feter");

    /// <summary>Feasts after « de » that make « ferme » a verb: « on la ferme de Pâques à la Toussaint ».</summary>
    public static readonly FrozenSet<string> Feasts = Set("paques noel toussaint pentecote ascension");

    /// <summary>Month names, for dates in street names (« rue du 8 Mai 1945 ») and birth dates.</summary>
    public static readonly FrozenSet<string> Months = Set("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre");

    /// <summary>Days of the week, capitalised before a first name in a proper noun (« Samedi Jean… » is no one).</summary>
    public static readonly FrozenSet<string> Weekdays = Set("lundi mardi mercredi jeudi vendredi samedi dimanche");

    /// <summary>« née en 1934 », « né le 3 mars 1936 ».</summary>
    /// <remarks>Compared on the lower-case text, not folded: « ne » is the negation.</remarks>
    public static readonly FrozenSet<string> Born = new[] { "né", "née", "nés", "nées", "nee" }.ToFrozenSet(StringComparer.Ordinal);
}
