namespace AutoDiag.Knowledge.Synthesis;

/// <summary>Who took part in the état des lieux (phase 1) and in the soirée de témoignages (phase 2).</summary>
/// <param name="CommunesWithAnswers">Communes with at least one answer.</param>
/// <param name="Elus">Élus who said at least one answer (relayed answers count for the élu who said them); not the
/// « élu anonyme », which keeps erased élus' answers without being one of them.</param>
/// <param name="Secretaires">Secrétaires de mairie who said at least one answer in their own name.</param>
/// <param name="Difficulties">Answers reporting a difficulty (« rien à signaler » excluded).</param>
/// <param name="Resources">Answers naming a local resource.</param>
/// <param name="Testimonies">Testimonies of local and institutional actors recorded.</param>
public sealed record SyntheseParticipation(
    int CommunesWithAnswers,
    int Elus,
    int Secretaires,
    int Difficulties,
    int Resources,
    int Testimonies);
