namespace AutoDiag.Bot.Downloads;

/// <summary>What someone reads in the browser when a download link does not give the document.</summary>
public static class DownloadTexts
{
    public const string Expired =
        "Ce lien de téléchargement a expiré. Dans Teams, écrivez à nouveau « fiche synthèse » ou « exporter » à AutoDiag social pour en obtenir un nouveau.";

    public const string NotValid =
        "Ce lien de téléchargement n'est pas valable. Dans Teams, écrivez « fiche synthèse » ou « exporter » à AutoDiag social pour en obtenir un.";
}
