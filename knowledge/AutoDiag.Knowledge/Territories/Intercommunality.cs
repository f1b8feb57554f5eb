namespace AutoDiag.Knowledge.Territories;

/// <summary>An intercommunalité (communauté de communes or d'agglomération) running the démarche.</summary>
public class Intercommunality
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? Population { get; set; }
    public int? PopulationYear { get; set; }
    public List<Commune> Communes { get; set; } = [];
}
