namespace AutoDiag.Knowledge.Review;

/// <summary>
/// What a consultant wrote about a theme of an intercommunalité, or about the démarche as a whole when
/// <see cref="ThemeId"/> is null; the fiche synthèse quotes them in « Commentaires et enjeux majeurs ».
/// </summary>
public class ConsultantNote
{
    public int Id { get; set; }
    public int IntercommunalityId { get; set; }
    public string? ThemeId { get; set; }
    public required string Text { get; set; }
    public int AuthorParticipantId { get; set; }
    /// <summary>UTC.</summary>
    public DateTime WrittenAt { get; set; }
}
