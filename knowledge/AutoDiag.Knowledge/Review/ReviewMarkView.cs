using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Review;

/// <summary>A theme of a commune a consultant marked as reviewed.</summary>
/// <param name="ReviewedBy">The display name of who marked it last, when known.</param>
/// <param name="ReviewedAt">UTC; the last time it was marked.</param>
public sealed record ReviewMarkView(CommuneRef Commune, string ThemeId, int ReviewedByParticipantId, string? ReviewedBy, DateTime ReviewedAt);
