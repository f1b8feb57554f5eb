using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Tests.Themes;

/// <summary>The default categoriser, trained once for the tests that do not retrain it.</summary>
internal static class TrainedCategorizer
{
    private static readonly Lazy<LocalThemeCategorizer> Shared = new(LocalThemeCategorizer.LoadDefault);

    public static LocalThemeCategorizer Instance => Shared.Value;
}
