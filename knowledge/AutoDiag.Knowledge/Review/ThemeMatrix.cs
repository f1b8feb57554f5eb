using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Review;

/// <summary>
/// The communes × themes view of an intercommunalité, restricted to the communes the viewer may read
/// (all of them for its consultants and administrators, their own for élus and secrétaires de mairie).
/// </summary>
/// <param name="Themes">The columns: every theme of the catalogue, in catalogue order.</param>
/// <param name="Rows">One row per readable commune, in name order.</param>
public sealed record ThemeMatrix(
    int IntercommunalityId,
    string IntercommunalityName,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<CommuneMatrixRow> Rows);

/// <param name="Cells">One cell per theme id of <see cref="ThemeMatrix.Themes"/>.</param>
public sealed record CommuneMatrixRow(
    CommuneRef Commune,
    IReadOnlyDictionary<string, ThemeCell> Cells,
    CommuneCompletion Completion);

/// <param name="DifficultyCount">
/// Difficulty answers whose effective themes report a difficulty on this theme (« rien à signaler » answers and
/// tags excluded, human corrections winning over automatic tags).
/// </param>
/// <param name="HighestRisk">The highest risk level any participant gave for this theme in the commune; null when none.</param>
public sealed record ThemeCell(int DifficultyCount, RiskLevel? HighestRisk);

/// <summary>
/// Who answered about a commune (participants with at least one answer there) and how far each went. The « élu anonyme »
/// that keeps erased élus' answers is not one of them: its answers count in the cells, but nobody is left to finish.
/// </summary>
public sealed record CommuneCompletion(IReadOnlyList<ParticipantCompletion> Participants)
{
    public int Respondents => Participants.Count;

    public int Completed => Participants.Count(p => p.IsComplete);
}

/// <param name="DifficultiesDone">The participant closed the difficulties section for the commune.</param>
/// <param name="ResourcesDone">The participant closed the resources section for the commune.</param>
/// <param name="RisksDone">The participant gave a risk level for every theme their difficulties touched there.</param>
/// <param name="IsComplete">The participant's interview has no question left for the commune (<see cref="Interview.CommuneProgress"/>):
/// the sections closed, the risk levels given and the themes nothing was said about checked.</param>
public sealed record ParticipantCompletion(
    int ParticipantId,
    string? DisplayName,
    ParticipantRole Role,
    int AnswerCount,
    bool DifficultiesDone,
    bool ResourcesDone,
    bool RisksDone,
    bool IsComplete);
