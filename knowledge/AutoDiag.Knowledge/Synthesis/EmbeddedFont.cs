using ScottPlot;
using SkiaSharp;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// DejaVu Sans (Data/Fonts, embedded in the assembly; licence in Data/Fonts/LICENSE.txt), registered with ScottPlot
/// under a name of its own. ScottPlot asks its font resolvers in order and the system resolver comes first: on a
/// machine without fonts it silently draws no text at all (shared/notes/stack.md). Ours is put first and answers only
/// to <see cref="Name"/>, so the heatmap's text is drawn with this font whatever fonts the machine has, or lacks.
/// </summary>
internal static class EmbeddedFont
{
    /// <summary>The name the heatmap asks ScottPlot for; no installed font has it.</summary>
    public const string Name = "AutoDiag DejaVu Sans";

    private const string ResourceName = "AutoDiag.Knowledge.Data.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font with ScottPlot once per process; safe to call from any thread.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font '{ResourceName}' is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var resolver = new Resolver(buffer.ToArray());
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, resolver);
        }

        return true;
    }

    /// <summary>Answers <see cref="Name"/> in any weight or slant with the regular face (ScottPlot caches what it gets).</summary>
    private sealed class Resolver(byte[] font) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            string.Equals(fontName, Name, StringComparison.Ordinal)
                ? SKTypeface.FromData(SKData.CreateCopy(font))
                : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
    }
}
