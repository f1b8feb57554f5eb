namespace AutoDiag.Knowledge.Synthesis;

/// <summary>Where an orientation of the draft comes from; the draft cites each accordingly.</summary>
public enum OrientationOrigin
{
    /// <summary>A local resource named by élus or secrétaires de mairie of the communes cited.</summary>
    Ressource = 1,
    /// <summary>A service or the associations recorded in the fiche commune of the communes cited.</summary>
    FicheCommune = 2,
    /// <summary>A préconisation of an actor heard at the soirée de témoignages, cited by structure.</summary>
    Preconisation = 3,
    /// <summary>An orientation or action of another territory's fiche, cited « Territoire — texte ».</summary>
    Piste = 4,
}
