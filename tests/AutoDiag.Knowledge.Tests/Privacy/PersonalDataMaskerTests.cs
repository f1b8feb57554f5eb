using System.Diagnostics;
using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Tests.Privacy;

public sealed class PersonalDataMaskerTests
{
    private static readonly PersonalDataMasker Masker = new();

    [Theory]
    [InlineData("Mme Dupont, 87 ans, seule depuis le décès de son mari", "Mme [nom], [âge], seule depuis le décès de son mari")]
    [InlineData("appeler le 06 12 34 56 78 avant midi", "appeler le [téléphone] avant midi")]
    [InlineData("écrire à jean.dupont@orange.fr svp", "écrire à [e-mail] svp")]
    [InlineData("elle habite 12 rue des Lilas, 59660 Merville, depuis 1970", "elle habite [adresse], depuis 1970")]
    [InlineData("qui habite rue Victor Hugo sans chauffage", "qui habite [adresse] sans chauffage")]
    [InlineData("elle vit au 2 Grand Place, lui au 11 Grand'Rue", "elle vit au [adresse], lui au [adresse]")]
    [InlineData("une personne âgée de 92 ans", "une personne âgée de [âge]")]
    [InlineData("un homme de 45 ans dort dans sa voiture", "un homme de [âge] dort dans sa voiture")]
    [InlineData("sa mère, 87 ans, ne peut plus rester seule", "sa mère, [âge], ne peut plus rester seule")]
    [InlineData("Mme Martin, née en 1934", "Mme [nom], née en [âge]")]
    [InlineData("M. Petit, né le 3 mars 1936, vit seul", "M. [nom], né le [âge], vit seul")]
    [InlineData("Mme Dupont née Martin ne sort plus", "Mme [nom] née [nom] ne sort plus")]
    [InlineData("ses deux enfants de 4 et 7 ans ne vont plus à l'école", "ses deux enfants de [âge] ne vont plus à l'école")]
    [InlineData("elle a 94 ans et vit au 1er étage", "elle a [âge] et vit au 1er étage")]
    [InlineData("au 12 de la rue Pasteur, bât. B, appt 12 vit un monsieur seul", "au [adresse] vit un monsieur seul")]
    [InlineData("Mme Lenglet 06.79 25 13 84 ne veut plus", "Mme [nom] [téléphone] ne veut plus")]
    [InlineData("son portable +33 06 31 47 58 29", "son portable [téléphone]")]
    [InlineData("c'est marc.vanelslande @gmail.com ou marc arobase orange.fr", "c'est [e-mail] ou [e-mail]")]
    [InlineData("madame Caudron lieu-dit le Petit Mortier n'a plus de bus", "madame [nom] [adresse] n'a plus de bus")]
    [InlineData("la famille Hernandez habite lieu dit les Granges", "la famille [nom] habite [adresse]")]
    [InlineData("la famille Dos Santos résidence du Parc appt 14 a de l'humidité", "la famille [nom] [adresse] a de l'humidité")]
    [InlineData("les époux Coulon vivent isolés chemin de Bailleul", "les époux [nom] vivent isolés [adresse]")]
    [InlineData("on s'inquiète car 12 rue des Lilas une dame vit seule", "on s'inquiète car [adresse] une dame vit seule")]
    [InlineData("le couple Lambert (elle 71 ans, lui 74 ans) a froid", "le couple [nom] (elle [âge], lui [âge]) a froid")]
    [InlineData("un seul médecin qui a 67 ans; Mme Dupont, qui a 87 ans; Mme Martin, née en 1934", "un seul médecin qui a [âge]; Mme [nom], qui a [âge]; Mme [nom], née en [âge]")]
    [InlineData("Mme Dupont, １２ ans, et un enfant de ٣ ans", "Mme [nom], １２ ans, et un enfant de ٣ ans")]
    [InlineData("87 ans, Mme Dupont vit seule; - 92 ans : M. Leroy, isolé", "[âge], Mme [nom] vit seule; - [âge] : M. [nom], isolé")]
    [InlineData("À 87 ans, Mme Dupont vit seule au 2e étage", "À [âge], Mme [nom] vit seule au 2e étage")]
    [InlineData("Depuis 30 ans, Mme Dupont tient l'épicerie; il y a 2 ans, M. Leroy est parti; pendant 10 ans, M. Caron a aidé",
        "Depuis 30 ans, Mme [nom] tient l'épicerie; il y a 2 ans, M. [nom] est parti; pendant 10 ans, M. [nom] a aidé")]
    [InlineData("87 ans, Mme [nom] vit seule", "[âge], Mme [nom] vit seule")]
    [InlineData("Mr Fontaine ancien ouvrier de l'usine, 64 ans, mme gerard ancienne cantinière, 83 ans", "Mr [nom] ancien ouvrier de l'usine, [âge], mme [nom] ancienne cantinière, [âge]")]
    [InlineData("la mamie Dubois du 4 le Bourg, M. Morel à la ferme des Aulnes", "la mamie [nom] du [adresse], M. [nom] à la [adresse]")]
    [InlineData("mme besson 06 234 567 89 ou 06 12 34 5678", "mme [nom] [téléphone] ou [téléphone]")]
    [InlineData("c'est jean point dupont arobase gmail point com ou hubert.daniel59 at gmail.com", "c'est [e-mail] ou [e-mail]")]
    [InlineData("écrire à jean.dupont(a)orange.fr ou à jean dot dupont at orange dot com", "écrire à [e-mail] ou à [e-mail]")]
    [InlineData("jean.dupont arobase gmail point com, jean point dupont at gmail point com", "[e-mail], [e-mail]")]
    [InlineData("son portable 0612 34 56 78", "son portable [téléphone]")]
    [InlineData("mme leroux rue des glycines n'a plus de chauffage", "mme [nom] [adresse] n'a plus de chauffage")]
    [InlineData("M. Caron, 81 ans, chemin du Moulin, ne conduit plus", "M. [nom], [âge], [adresse], ne conduit plus")]
    [InlineData("la dame de la rue de Lestrem ne sort plus, monsieur Vasseur du chemin Vert non plus",
        "la dame de la [adresse] ne sort plus, monsieur [nom] du [adresse] non plus")]
    [InlineData("leur maison route de Béthune est insalubre, il vit chez lui impasse des Roses",
        "leur maison [adresse] est insalubre, il vit chez lui [adresse]")]
    [InlineData("la famille a été relogée impasse du Moulin", "la famille a été relogée [adresse]")]
    [InlineData("il habite tout au bout du chemin des Saules, elles habitent la résidence Les Mimosas",
        "il habite tout au bout du [adresse], elles habitent la [adresse]")]
    [InlineData("Mme [nom], rue des Lilas, vit seule", "Mme [nom], [adresse], vit seule")]
    [InlineData("Il y a trois ans, Mme Dupont est partie", "Il y a trois ans, Mme [nom] est partie")]
    [InlineData("Mme Roux, quatre-vingt-sept ans, et M. Caron a eu soixante et onze ans", "Mme [nom], [âge], et M. [nom] a eu [âge]")]
    [InlineData("une dame de quatre vingt dix ans; le couple Petit, elle a 80 ans, lui a 83 ans", "une dame de [âge]; le couple [nom], elle a [âge], lui a [âge]")]
    [InlineData("les deux voisins du chemin des Prés se disputent", "les deux voisins du [adresse] se disputent")]
    [InlineData("elle vit dans une caravane chemin de la Briqueterie, lui dort chez une amie cité des Fleurs",
        "elle vit dans une caravane [adresse], lui dort chez une amie [adresse]")]
    [InlineData("il vit dans un mobil-home au fond du chemin des Saules, chez son cousin rue de la Mosquée",
        "il vit dans un mobil-home au fond du [adresse], chez son cousin [adresse]")]
    [InlineData("M. Kieffer vit au 3 Hauptstrasse, Mme Le Bihan au 6 Hent ar Vilin", "M. [nom] vit au [adresse], Mme [nom] au [adresse]")]
    [InlineData("mr et mme arnaud impasse des oliviers n ont plus de chauffage", "mr et mme [nom] [adresse] n ont plus de chauffage")]
    [InlineData("M. Caron, quatre-vingt-un ans, chemin du Moulin; la vieille dame de la rue Pasteur; la dame âgée de la rue des Lilas",
        "M. [nom], [âge], [adresse]; la vieille dame de la [adresse]; la dame âgée de la [adresse]")]
    [InlineData("M. Le Goff, 6 Hent ar Vilin, ne sort plus", "M. [nom], [adresse], ne sort plus")]
    [InlineData("Rendez-vous avec M. Vasseur place de l'Église; j'ai croisé Mme Durand place du marché; Mme Dupont quai de la gare",
        "Rendez-vous avec M. [nom] place de l'Église; j'ai croisé Mme [nom] place du marché; Mme [nom] quai de la gare")]
    [InlineData("M. Dupont traverse des difficultés; la famille Martin place les enfants; M. Caron, route barrée l'hiver; Mme Durand, allée voir le médecin",
        "M. [nom] traverse des difficultés; la famille [nom] place les enfants; M. [nom], route barrée l'hiver; Mme [nom], allée voir le médecin")]
    [InlineData("Sa femme a 70 ans, lui a 67 ans", "Sa femme a [âge], lui a [âge]")]
    public void Mask_ReplacesEachKindByItsPlaceholder(string text, string expected)
    {
        Assert.Equal(expected, Masker.Mask(text).Text);
    }

    [Theory]
    [InlineData("Mme Jeanne Dupont est seule", "Mme [nom] est seule")]
    [InlineData("M. et Mme Lemaire refusent l'EHPAD", "M. et Mme [nom] refusent l'EHPAD")]
    [InlineData("la famille Benali vit à 6 dans un T2", "la famille [nom] vit à 6 dans un T2")]
    [InlineData("le fils Vandamme traîne devant la salle des fêtes", "le fils [nom] traîne devant la salle des fêtes")]
    [InlineData("la veuve Verhaeghe n'ose pas demander", "la veuve [nom] n'ose pas demander")]
    [InlineData("Mme D. a été expulsée", "Mme [nom] a été expulsée")]
    [InlineData("M. X refuse toute aide", "M. [nom] refuse toute aide")]
    [InlineData("Madame Le Gall et M. Van de Velde", "Madame [nom] et M. [nom]")]
    [InlineData("mme dupont ne sort plus", "mme [nom] ne sort plus")]
    [InlineData("chez les Lambert il y a 8 enfants", "chez les [nom] il y a 8 enfants")]
    [InlineData("Mmes Durand et Petit vivent ensemble", "Mmes [nom] et [nom] vivent ensemble")]
    [InlineData("les enfants Durand sont seuls le soir", "les enfants [nom] sont seuls le soir")]
    [InlineData("MM. Leroy et Caron refusent l'aide", "MM. [nom] et [nom] refusent l'aide")]
    [InlineData("à l'ehpad Mme Leroy ne reçoit plus de visites", "à l'ehpad Mme [nom] ne reçoit plus de visites")]
    [InlineData("devant l'école Mme Dupont attendait son fils", "devant l'école Mme [nom] attendait son fils")]
    [InlineData("au foyer Mme Caron a perdu son logement", "au foyer Mme [nom] a perdu son logement")]
    [InlineData("mr dos reis veut parler au maire", "mr [nom] veut parler au maire")]
    [InlineData("mlle petit cherche un studio", "mlle [nom] cherche un studio")]
    [InlineData("fam Lopez : 5 enfants dans un T3", "fam [nom] : 5 enfants dans un T3")]
    [InlineData("le ptit Noah est seul à la sortie", "le ptit [nom] est seul à la sortie")]
    [InlineData("les Masson sont partis. Les Berger aussi\nLes Duval et les Lemaire se disputent", "les [nom] sont partis. Les [nom] aussi\nLes [nom] et les [nom] se disputent")]
    [InlineData("M. Dupont a travaillé ici pendant longtemps, 30 ans au moins", "M. [nom] a travaillé ici pendant longtemps, 30 ans au moins")]
    [InlineData("l'ado des Colin traîne sur la place", "l'ado des [nom] traîne sur la place")]
    [InlineData("M. O'Brien vit seul, Mme O’Neill aussi", "M. [nom] vit seul, Mme [nom] aussi")]
    [InlineData("msr roux seul ds sa ferme, fam. Ouedraogo arrivée en mars, famille N'Diaye en T2", "msr [nom] seul ds sa ferme, fam. [nom] arrivée en mars, famille [nom] en T2")]
    [InlineData("M. Lefranc et sa compagne Sabrina, la mère de Lucas, les jumeaux Renaud", "M. [nom] et sa compagne [nom], la mère de [nom], les jumeaux [nom]")]
    [InlineData("ses 2 petits-enfants à charge, Emma 9 ans et Noah 11 ans", "ses 2 petits-enfants à charge, [nom] [âge] et [nom] [âge]")]
    [InlineData("- Les Masson : loyer impayé\n• Les Colin aussi", "- Les [nom] : loyer impayé\n• Les [nom] aussi")]
    [InlineData("les jumeaux Léo et Hugo, Lucas, 12 ans, et les voisins des Colin", "les jumeaux [nom] et [nom], [nom], [âge], et les voisins des [nom]")]
    [InlineData("Mmes Durand, Petit et Leroy; les enfants Léo, Hugo et Emma", "Mmes [nom], [nom] et [nom]; les enfants [nom], [nom] et [nom]")]
    public void Mask_KeepsTheCivilityOrFamilyWord(string text, string expected)
    {
        Assert.Equal(expected, Masker.Mask(text).Text);
    }

    [Theory]
    [InlineData("Kevin Dubois, 17 ans, a décroché du lycée", "[nom], [âge], a décroché du lycée")]
    [InlineData("Jacques Lemaire dort dans sa voiture près de la salle des fêtes", "[nom] dort dans sa voiture près de la salle des fêtes")]
    [InlineData("Gérard Vasseur, 06 12 34 56 78, ne peut plus payer son loyer", "[nom], [téléphone], ne peut plus payer son loyer")]
    [InlineData("Le frère de Mme Lemaire, Jacques, 06.12.34.56.78, est à la rue", "Le frère de Mme [nom], [nom], [téléphone], est à la rue")]
    [InlineData("Nadia Benali élève seule ses trois enfants", "[nom] élève seule ses trois enfants")]
    [InlineData("Kevin, le fils des voisins, traîne; Jean-Pierre, notre doyen, vit seul", "[nom], le fils des voisins, traîne; [nom], notre doyen, vit seul")]
    [InlineData("Maryse qui habite derrière l'église; Nathalie, l'aide à domicile, passe le lundi", "[nom] qui habite derrière l'église; [nom], l'aide à domicile, passe le lundi")]
    [InlineData("les Dupont-Moreau sont partis, DUBOIS Kevin aussi, Kevin DUBOIS encore", "les [nom] sont partis, [nom] aussi, [nom] encore")]
    [InlineData("kevin dubois 17 ans deco, anthony 22 ans dort dehors", "[nom] [âge] deco, [nom] [âge] dort dehors")]
    [InlineData("Martine et Bernard ont froid; Hélène et sa fille Léa aussi; chez Yvette rien", "[nom] et [nom] ont froid; [nom] et sa fille [nom] aussi; chez [nom] rien")]
    [InlineData("M. Petit (Jean-Claude) et Valérie Dumont (veuve, 67 ans)", "M. [nom] ([nom]) et [nom] (veuve, [âge])")]
    [InlineData("le contact est Gérard au 06 23 58 74 19 ou 07 68 25 14 93 (Brigitte)", "le contact est [nom] au [téléphone] ou [téléphone] ([nom])")]
    [InlineData("Contacter Didier Ramette au 03 21 45 67 89; Laurent nous a dit non", "Contacter [nom] au [téléphone]; [nom] nous a dit non")]
    public void Mask_FindsNamesWithoutCivility(string text, string expected)
    {
        Assert.Equal(expected, Masker.Mask(text).Text);
    }

    [Theory]
    [InlineData("Le collège Jean Moulin, l'école Jules Ferry, le centre social Jean Jaurès et la salle Pierre Mauroy")]
    [InlineData("La résidence Marie Curie, l'EHPAD Sainte-Marie, Centre Social Jean Jaurès, la salle polyvalente Georges Dupuis")]
    [InlineData("La fête de la Saint-Jean, Saint-Pierre, Sainte-Catherine, St Jans Cappel, Saint Jean, le bus pour Pierre-Bénite")]
    [InlineData("Rose des vents. Pierre sèche et murets. Claude a fermé ses portes. Florence, Nancy ou Lyon. Marine nationale.")]
    [InlineData("France Travail ne convoque plus; Olive, huile et savon; Ange gardien du village; Claire et nette, la réponse")]
    [InlineData("Les Restos du Cœur et le Secours populaire; en Juin et Juillet; le Dr Lemaire part; Noël approche")]
    [InlineData("Victor Hugo, Jules Ferry et Jean Jaurès : nos trois écoles; Au Jean Moulin, rien; la fondation Abbé Pierre")]
    [InlineData("Octobre Rose et Movember; Lucie Aubrac, c'est le collège; Maxime du jour; j'ai mis @Nathalie en copie")]
    [InlineData("le college jean moulin, la salle pierre mauroy, france travail a ferme, le lycee victor hugo, pierre et bois")]
    [InlineData("le café Chez Paulette a fermé, les Hauts-de-France, les Saint-Pierre, la ludothèque Marie Dupont")]
    public void Mask_LeavesPlacesSaintsAndWordsNamedLikePeople(string text)
    {
        var masked = Masker.Mask(text);

        Assert.False(masked.HasMasked, masked.Text);
    }

    [Theory]
    [InlineData("Mme la Maire a rencontré Mme la sous-préfète")]
    [InlineData("Monsieur le Président de la CC veut harmoniser le portage de repas")]
    [InlineData("M. le curé prête la salle, Monsieur Le Maire est d'accord")]
    [InlineData("Madame, Monsieur, voici les difficultés de la commune")]
    [InlineData("les Restos du Cœur, l'ADMR et Familles Rurales à Saint-Martin")]
    [InlineData("Les plus de 75 ans représentent 12 % de la population")]
    [InlineData("des jeunes de 16 à 25 ans sans permis, les 18-25 ans surtout")]
    [InlineData("30 % des 60 ans et plus vivent seuls")]
    [InlineData("il y a 20 ans on avait une épicerie; l'association a 30 ans d'existence")]
    [InlineData("code postal 59660, INSEE 59400, 4 180 habitants (2019), 1 200 € d'aide, le 12/03/2024 à 14h30")]
    [InlineData("beaucoup de jeunes se retrouvent à la rue, la place du marché est vide")]
    [InlineData("3 places en crèche pour 45 demandes, 2 cours de français par semaine")]
    [InlineData("le 115 ne répond pas, le 3919 est affiché en mairie")]
    [InlineData("le Dr Lemaire part à la retraite, Me Durand reprend l'étude")]
    [InlineData("le car part à 6h50 du hameau des Granges, il y a 2 ans")]
    [InlineData("rdv @ la mairie, j'ai tagué @Sophie dans Teams")]
    [InlineData("l'école Le Petit Prince n'a plus que 2 classes, le collège Madame de Sévigné est loin")]
    [InlineData("les parents de Haverskerque font 8 km, une famille de Merville et le couple de Lestrem nous ont sollicités")]
    [InlineData("les collégiens prennent le car à 7 h 10 place de l'Église, la ligne 402 route de Béthune est supprimée")]
    [InlineData("réunion du 04.11.2024 18h30, le 07-01-2025 14 personnes reçues")]
    [InlineData("les Ukrainiens et les Lillois, les Petits Frères des Pauvres, l'EHPAD Les Tilleuls, les AESH, les VSL")]
    [InlineData("le petit Casino du village a fermé, Mr Bricolage a fait un don, la mère de Merville")]
    [InlineData("5 familles sans voiture au hameau des Granges")]
    [InlineData("Il faut aider les familles. Grâce au CCAS, Elle est veuve. Heureusement, la famille. Entre-temps rien")]
    [InlineData("Depuis 2019, le bourg a perdu sa pharmacie; en 2015 le Bourg comptait 3 cafés; samedi 14 le Bourg sera fermé")]
    [InlineData("L'épicerie solidaire ferme en Août, le club ferme de Juin à Septembre, ils ont repris une ferme en Bretagne")]
    [InlineData("Les Mervillois, les Belges et les Bretons, les Hauts-de-France, les Élus et les Bénévoles, tous les Lundis")]
    [InlineData("foyer les Mouettes, centre social les Alouettes, Les ados des Bosquets, les enfants des Quatre Chemins")]
    [InlineData("Délai : Merville 3 ans, Estaires 2 ans, CDD 1 an, CDI 3 ans")]
    [InlineData("Elle s'est occupée de lui 10 ans, pour lui 3 ans c'est long; la MSR de Merville")]
    [InlineData("La réunion du 03 04 2025 18 participants")]
    [InlineData("Nous orientons chez les Restos du Cœur, chez les Scouts; les Esat, les Ephad et les Urssaf du secteur")]
    [InlineData("Une famille Syrienne, une famille Belge, la fam. Monoparentale, le club Papy Loisirs, le père Fouettard")]
    [InlineData("Les plus de 75 ans, M. le Maire les connaît; 30 ans, M. le curé les a vus grandir")]
    [InlineData("Le club qui a 40 ans, le centre social, qui a 25 ans; l'association, née en 1985; 24 enfants de 6 ans")]
    [InlineData("Le collège Victor Hugo, 50 ans cette année; Octobre Rose 10 ans déjà; la résidence Louise Michel (45 ans)")]
    [InlineData("En 2024, rue Pasteur, les travaux; samedi 14 place de la Mairie : marché; à 18:30 place de l'Église; la D 945 traverse Merville")]
    [InlineData("30 bd jeunesse, 1 côté Nord; on la ferme de Pâques à la Toussaint; accident de travail (AT) depuis mars")]
    [InlineData("La rue Madame de Sévigné, la place Madame Roland; Madame, Monsieur\nComme convenu; ces messieurs arrivent; la Msr de Merville")]
    [InlineData("Monsieur Le Premier Adjoint, Madame La Référente; ce lieu dit beaucoup; le 14 le Bourg sera fermé")]
    [InlineData("au point de rendez-vous à 10 h, le 04 11 2024 à 18 h, 12 345 678 €")]
    [InlineData("Il reste 1 grande place de parking devant la mairie, nous avons 2 grand place pour les bus")]
    [InlineData("la réponse (a) ou la réponse (b); point (a)suivant; un dot com; le point at home")]
    [InlineData("Les familles de la cité Jean Moulin ont des impayés; la médiathèque rue de la Gare; le bus du chemin Vert")]
    [InlineData("la maison de santé rue Pasteur; le marché de la place Foch; on a installé un banc rue Pasteur; le bout de la rue")]
    [InlineData("Il y a trois ans, M. le Maire est parti; depuis deux ans, ses deux enfants; le club fête ses vingt ans; cent ans d'histoire")]
    [InlineData("une fois par mois; un an d'attente; les seize-vingt-cinq ans; de dix-huit à vingt-cinq ans")]
    [InlineData("Elle a six mois pour le compléter; deux ans sans chauffage; trois ans après le décès; vingt ans au conseil; le dispositif qui a trois ans")]
    [InlineData("La commune loue sa maison rue Pasteur; la pharmacie a déménagé route de Béthune; la MAM est installée dans une maison rue des Écoles")]
    [InlineData("Les quarante familles qui habitent la cité des Cheminots; un jeune de la cité Jean Moulin; une famille du lotissement des Prés sur trois")]
    [InlineData("Hébergement chez l'habitant route de la Plage; pour lui a 18 ans c'est fini; les 3 Lagasse de la commune; 2 Strasse de Kehl")]
    public void Mask_LeavesTitlesStatisticsAndPublicPlaces(string text)
    {
        var masked = Masker.Mask(text);

        Assert.False(masked.HasMasked, string.Join(", ", masked.Found.Select(span => $"{span.Kind} « {span.Of(text)} »")));
        Assert.Same(text, masked.Text);
        Assert.Empty(masked.Found);
    }

    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("(+33) 6 12 34 56 78")]
    [InlineData("03 20 45 67 89")]
    [InlineData("0800 123 456")]
    [InlineData("06 1234 5678")]
    [InlineData("+32 56 41 22 87")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078")]
    [InlineData("+262 692 45 18 73")]
    [InlineData("06\u201112\u201134\u201156\u201178")]
    [InlineData("06\u201312\u201334\u201356\u201378")]
    [InlineData("0692 45 18 73")]
    public void Mask_FindsPhonesInFrenchFormats(string phone)
    {
        Assert.Equal($"tel {PersonalDataMasker.Placeholder(PersonalDataKind.Phone)} merci", Masker.Mask($"tel {phone} merci").Text);
    }

    [Fact]
    public void Mask_SeveralKindsInOneSentence_ReportsSpansInTheOriginalText()
    {
        const string text = "Mme Dupont, 87 ans, 12 rue des Lilas, tel 06 12 34 56 78 ou 03 20 45 67 89, écrire à noémie.dupont@orange.fr";

        var masked = Masker.Mask(text);

        Assert.Equal("Mme [nom], [âge], [adresse], tel [téléphone] ou [téléphone], écrire à [e-mail]", masked.Text);
        Assert.True(masked.HasMasked);
        Assert.Equal(
            ["Dupont", "87 ans", "12 rue des Lilas", "06 12 34 56 78", "03 20 45 67 89", "noémie.dupont@orange.fr"],
            masked.Found.Select(span => span.Of(text)));
        Assert.Equal(2, masked.Count(PersonalDataKind.Phone));
        Assert.Equal(1, masked.Count(PersonalDataKind.Email));
        Assert.Equal(
            new Dictionary<PersonalDataKind, int>
            {
                [PersonalDataKind.Phone] = 2, [PersonalDataKind.Email] = 1, [PersonalDataKind.StreetAddress] = 1,
                [PersonalDataKind.PersonName] = 1, [PersonalDataKind.Age] = 1,
            },
            masked.CountsByKind);
        Assert.Equal(masked.Found, Masker.Detect(text));
    }

    [Fact]
    public void Mask_OverlappingSpans_TheLongerWins()
    {
        // « Madame de Sévigné » is a name after a civility, inside a street: the address wins, masked once.
        var masked = Masker.Mask("elle vit au 12 rue Madame de Sévigné depuis 40 ans");

        Assert.Equal("elle vit au [adresse] depuis 40 ans", masked.Text);
        Assert.Single(masked.Found);
    }

    [Fact]
    public void Mask_CleanText_ChangesNothing()
    {
        const string text = "Plus de médecin depuis 2019, les gens vont à 40 km. Le TAD fonctionne bien.";

        var masked = Masker.Mask(text);

        Assert.Same(text, masked.Text);
        Assert.False(masked.HasMasked);
        Assert.Empty(masked.CountsByKind);
        Assert.Empty(Masker.Detect(string.Empty));
        Assert.Equal("   ", Masker.Mask("   ").Text);
    }

    [Fact]
    public void Mask_IsIdempotent_OnEveryCorpusSentence()
    {
        foreach (var item in PersonalDataCorpus.Load(PersonalDataCorpus.MainFile).Concat(PersonalDataCorpus.Load(PersonalDataCorpus.HeldOutFile)))
        {
            var once = Masker.Mask(item.Text);
            var twice = Masker.Mask(once.Text);

            Assert.False(twice.HasMasked, $"line {item.Line}: « {once.Text} » masked again: {string.Join(", ", twice.Found.Select(s => s.Of(once.Text)))}");
            Assert.Equal(once.Text, twice.Text);
        }
    }

    [Fact]
    public void Mask_AgeAfterAMaskedName_IsStillMasked()
    {
        Assert.Equal("Mme [nom], [âge], seule", Masker.Mask("Mme [nom], 87 ans, seule").Text);
    }

    [Fact]
    public void Mask_IsThreadSafe_OneInstanceForEveryone()
    {
        var texts = PersonalDataCorpus.Load(PersonalDataCorpus.MainFile).Select(item => item.Text).ToArray();
        var expected = texts.Select(text => Masker.Mask(text).Text).ToArray();
        var actual = new string[texts.Length];

        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i % texts.Length] = Masker.Mask(texts[i % texts.Length]).Text);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Mask_HostileInput_StaysFast()
    {
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("Mme A-B-C de la Le Van ", 4000)),
            string.Concat(Enumerable.Repeat("0 1 2 3 4 5 6 7 8 9 ", 5000)),
            string.Concat(Enumerable.Repeat("a.b-c_d%e+", 8000)) + "@" + string.Concat(Enumerable.Repeat("x-", 8000)),
            string.Concat(Enumerable.Repeat("12 rue de la de la de la ", 3000)),
            string.Concat(Enumerable.Repeat("(+33) 06 ", 8000)),
            new string('é', 100_000),
        ];
        var watch = Stopwatch.StartNew();

        foreach (var text in hostile)
        {
            Masker.Mask(text);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
    }

    [Theory]
    [InlineData("Kevin Dubois, 17 ans, a quitté le lycée", "jeune")]
    [InlineData("Mme Dupont, 87 ans, vit seule", "personne âgée")]
    [InlineData("un bébé de 8 mois sans mode de garde", "enfant")]
    [InlineData("M. Leroy, 45 ans, au chômage", "")]
    public void The_categoriser_reads_an_age_group_and_nothing_personal(string typed, string group)
    {
        var masked = new PersonalDataMasker().Mask(typed);

        Assert.DoesNotContain("[", masked.ForCategorization, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d", masked.ForCategorization);
        Assert.DoesNotContain("Dubois", masked.ForCategorization, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupont", masked.ForCategorization, StringComparison.Ordinal);
        Assert.DoesNotContain("Leroy", masked.ForCategorization, StringComparison.Ordinal);
        if (group.Length > 0)
        {
            Assert.Contains(group, masked.ForCategorization, StringComparison.Ordinal);
        }
    }
}
