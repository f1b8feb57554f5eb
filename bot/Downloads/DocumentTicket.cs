using AutoDiag.Interview.Documents;

namespace AutoDiag.Bot.Downloads;

/// <summary>What a download link stands for: one document of one intercommunalité, for one participant, until a moment.</summary>
public sealed record DocumentTicket(DocumentKind Kind, int ParticipantId, int IntercommunalityId, DateTimeOffset ExpiresAt);
