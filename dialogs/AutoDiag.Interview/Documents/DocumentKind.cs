namespace AutoDiag.Interview.Documents;

/// <summary>The files a consultant can download about an intercommunalité.</summary>
public enum DocumentKind
{
    /// <summary>The draft fiche synthèse as a self-contained web page that prints on A4.</summary>
    FicheHtml = 1,
    FicheMarkdown = 2,
    /// <summary>The communes × themes heatmap, by risk (PNG).</summary>
    Heatmap = 3,
    AnswersXlsx = 4,
    AnswersCsv = 5,
}
