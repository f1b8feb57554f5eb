namespace AutoDiag.Knowledge.Territories;

/// <summary>An intercommunalité (communauté de communes or d'agglomération) running the démarche.</summary>
public class Intercommunality
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? Population { get; set; }
    public int? PopulationYear { get; set; }
    /// <summary>
    /// An administrator of the intercommunalité asked to keep the original of texts the masking changed (answers, risk
    /// comments) beside the masked text; off by default (<see cref="Privacy.OriginalTextSettings"/>).
    /// </summary>
    public bool KeepOriginalTexts { get; set; }
    public List<Commune> Communes { get; set; } = [];
}
