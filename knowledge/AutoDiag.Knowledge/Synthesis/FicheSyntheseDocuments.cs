namespace AutoDiag.Knowledge.Synthesis;

/// <summary>The draft fiche synthèse as files, built in memory.</summary>
/// <param name="FileBaseName">« fiche-synthese-cc-flandre-lys-2026-11-28 »: ASCII slug of the intercommunalité and the day.</param>
/// <param name="Markdown">The fiche in Markdown; it shows the heatmap from <see cref="HeatmapFileName"/>, to be sent beside it.</param>
/// <param name="Html">A self-contained page (no external resource, the heatmap inlined as a data: URI) that prints on A4.</param>
/// <param name="HeatmapPng">The communes × themes risk map (<see cref="RiskHeatmap"/>).</param>
public sealed record FicheSyntheseDocuments(string FileBaseName, string Markdown, string Html, byte[] HeatmapPng)
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string PngContentType = "image/png";

    public string MarkdownFileName => FileBaseName + ".md";

    public string HtmlFileName => FileBaseName + ".html";

    /// <summary>The file name the Markdown links the heatmap to.</summary>
    public string HeatmapFileName => FicheSyntheseFileName.Heatmap(FileBaseName);
}
