namespace AutoDiag.Knowledge.Answers;

public class ThemeTag
{
    public long Id { get; set; }
    public long AnswerId { get; set; }
    public required string ThemeId { get; set; }
    public double Confidence { get; set; }
    public TagSource Source { get; set; }
    /// <summary>What the answer says of this theme is that there is no difficulty (« pas de souci côté logement, mais… »).</summary>
    public bool ReportsNoDifficulty { get; set; }
}
