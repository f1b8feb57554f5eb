namespace AutoDiag.Interview.Documents;

/// <summary>What « fiche synthèse » and « exporter » ask <see cref="Dialogs.DocumentsDialog"/> for.</summary>
public enum DocumentsRequest
{
    FicheSynthese = 1,
    Exports = 2,
}
