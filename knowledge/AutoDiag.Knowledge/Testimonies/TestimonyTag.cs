using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Testimonies;

/// <summary>A theme of a testimony, found by the categoriser or set by a consultant (human tags win).</summary>
public class TestimonyTag
{
    public int Id { get; set; }
    public int TestimonyId { get; set; }
    public required string ThemeId { get; set; }
    public double Confidence { get; set; }
    public TagSource Source { get; set; }
}
