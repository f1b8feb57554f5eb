namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>
/// The services a commune may have, as the fiche commune lists them. The ids are stored (comma-separated in
/// <see cref="CommuneProfileRevision.Services"/>): never rename one, only add.
/// </summary>
public static class CommuneService
{
    public const string Ecole = "ecole";
    public const string AccueilDeLoisirs = "accueil-loisirs";
    public const string Creche = "creche-ram";
    public const string Medecin = "medecin";
    public const string Pharmacie = "pharmacie";
    public const string FranceServices = "france-services";
    public const string Ehpad = "ehpad";
    public const string AideADomicile = "aide-domicile";
    public const string TransportALaDemande = "transport-demande";
    public const string EpicerieSociale = "epicerie-sociale";
    public const string CentreSocial = "centre-social";
    public const string Bibliotheque = "bibliotheque";

    /// <summary>Every service, in the order the fiche shows them, with its French label.</summary>
    public static IReadOnlyList<(string Id, string Label)> All { get; } =
    [
        (Ecole, "École"),
        (AccueilDeLoisirs, "Accueil de loisirs"),
        (Creche, "Crèche / RAM"),
        (Medecin, "Médecin"),
        (Pharmacie, "Pharmacie"),
        (FranceServices, "France Services / MSAP"),
        (Ehpad, "EHPAD"),
        (AideADomicile, "Aide à domicile"),
        (TransportALaDemande, "Transport à la demande"),
        (EpicerieSociale, "Épicerie sociale"),
        (CentreSocial, "Centre social ou EVS"),
        (Bibliotheque, "Bibliothèque"),
    ];

    public static bool IsKnown(string id) => All.Any(s => s.Id == id);

    public static string Label(string id) => All.FirstOrDefault(s => s.Id == id).Label ?? id;

    /// <summary>Known ids in the fiche's order, without duplicates.</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet();
        return All.Where(s => set.Contains(s.Id)).Select(s => s.Id).ToList();
    }

    public static string Join(IEnumerable<string> ids) => string.Join(',', ids);

    public static IReadOnlyList<string> Split(string? stored) =>
        (stored ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
