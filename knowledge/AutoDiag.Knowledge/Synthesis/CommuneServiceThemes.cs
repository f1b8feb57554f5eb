using AutoDiag.Knowledge.CommuneProfiles;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The theme each service of the fiche commune answers, so that an axis lists the services already present in the
/// communes (« Transport à la demande (Estaires, Merville) »). Our reading of shared/spec/themes.md; a service
/// missing here is simply not listed.
/// </summary>
internal static class CommuneServiceThemes
{
    private static readonly Dictionary<string, string> ThemeByService = new(StringComparer.Ordinal)
    {
        [CommuneService.Ecole] = "jeunesse",
        [CommuneService.AccueilDeLoisirs] = "jeunesse",
        [CommuneService.Creche] = "jeunesse",
        [CommuneService.Medecin] = "sante",
        [CommuneService.Pharmacie] = "sante",
        [CommuneService.FranceServices] = "acces-aux-droits",
        [CommuneService.Ehpad] = "vieillissement",
        [CommuneService.AideADomicile] = "vieillissement",
        [CommuneService.TransportALaDemande] = "mobilite",
        [CommuneService.EpicerieSociale] = "precarite",
        [CommuneService.CentreSocial] = "lien-social",
        [CommuneService.Bibliotheque] = "lien-social",
    };

    /// <summary>The services of the fiche commune about <paramref name="themeId"/>, in the fiche's order.</summary>
    public static IEnumerable<(string Id, string Label)> For(string themeId) =>
        CommuneService.All.Where(service => ThemeByService.GetValueOrDefault(service.Id) == themeId);
}
