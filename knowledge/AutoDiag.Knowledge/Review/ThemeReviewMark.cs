namespace AutoDiag.Knowledge.Review;

/// <summary>A consultant has read what a commune said about a theme; at most one mark per commune and theme.</summary>
public class ThemeReviewMark
{
    public int Id { get; set; }
    public int CommuneId { get; set; }
    public required string ThemeId { get; set; }
    public int ReviewedByParticipantId { get; set; }
    /// <summary>UTC.</summary>
    public DateTime ReviewedAt { get; set; }
}
