namespace AutoDiag.Knowledge.Territories;

public class Commune
{
    public int Id { get; set; }
    public int IntercommunalityId { get; set; }
    public Intercommunality? Intercommunality { get; set; }
    public required string Name { get; set; }
    /// <summary>The département's name (« Nord »), useful where an intercommunalité spans two.</summary>
    public string? Departement { get; set; }
    public string? InseeCode { get; set; }
}
