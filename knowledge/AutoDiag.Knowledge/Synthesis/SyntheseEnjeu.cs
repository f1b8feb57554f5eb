using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>One line of « Les enjeux » of an axis, always with the communes it comes from.</summary>
/// <param name="Text">
/// <see cref="EnjeuKind.Constat"/>: the sentence summing up the difficulties; <see cref="EnjeuKind.Extrait"/>: an excerpt
/// of an answer (as written, possibly shortened); <see cref="EnjeuKind.RisqueCommente"/>: the reason given with a risk level.
/// </param>
/// <param name="Communes">The communes it comes from, in name order; never empty.</param>
/// <param name="Risk">The highest risk of aggravation given in those communes for the theme, if any.</param>
public sealed record SyntheseEnjeu(EnjeuKind Kind, string Text, IReadOnlyList<string> Communes, RiskLevel? Risk = null);
