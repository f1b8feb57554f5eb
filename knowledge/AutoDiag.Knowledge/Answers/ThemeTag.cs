namespace AutoDiag.Knowledge.Answers;

public class ThemeTag
{
    public long Id { get; set; }
    public long AnswerId { get; set; }
    public required string ThemeId { get; set; }
    public double Confidence { get; set; }
    public TagSource Source { get; set; }
}
