using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Texts;

/// <summary>What the consultant reads while reviewing: listings of answers, review marks, notes.</summary>
public static class ReviewTexts
{
    public const string NotAllowed = "La relecture des réponses est réservée aux consultants et aux administrateurs de l'intercommunalité.";

    public const string UnknownTheme = "Je ne connais pas ce thème. Ouvrez la « vue d'ensemble » et choisissez-en un dans la liste.";
    public const string UnknownCommune = "Je ne trouve pas cette commune dans votre intercommunalité. Ouvrez la « vue d'ensemble » et choisissez-en une dans la liste.";

    public static string ThemeTitle(string icon, string label) => $"{icon} {label} — toutes les communes";
    public static string CommuneTitle(string commune) => $"{commune} — tous les thèmes";

    public static string PageLine(int total, int page, int pageCount) =>
        total == 0 ? "Aucune réponse pour l'instant." : $"{FrenchText.Count(total, "réponse", "réponses", "aucune réponse")} · page {page} sur {pageCount}";

    public const string PreviousPage = "◀ Page précédente";
    public const string NextPage = "Page suivante ▶";
    public const string BackToOverview = "Vue d'ensemble";

    public static string Kind(AnswerKind kind, bool reportsNoDifficulty) => kind switch
    {
        AnswerKind.Difficulty when reportsNoDifficulty => "Rien à signaler",
        AnswerKind.Difficulty => "Difficulté",
        _ => "Ressource",
    };

    public static string Role(ParticipantRole role) => ExportLabels.Role(role);

    /// <summary>
    /// « Jean Martin », « Jeanne Dupont (secrétariat de mairie) », « Jean Martin, saisi par Jeanne Dupont (secrétariat de
    /// mairie) ». An élu's role goes without saying — the answers are the élus' unless said otherwise — and « élu » would
    /// need a gender the bot does not know; the other roles are named by their function, which has none.
    /// </summary>
    public static string Author(string? name, ParticipantRole role, ParticipantRole? enteredByRole, string? enteredByName)
    {
        var author = Person(name, role) ?? FrenchText.CapitalizeFirst(Role(role));
        return enteredByRole is { } typistRole
            ? $"{author}, saisi par {Person(enteredByName, typistRole) ?? Function(typistRole)}"
            : author;
    }

    private static string? Person(string? name, ParticipantRole role) =>
        string.IsNullOrWhiteSpace(name) ? null
        : role == ParticipantRole.Elu ? name
        : $"{name} ({Function(role)})";

    private static string Function(ParticipantRole role) => role switch
    {
        ParticipantRole.SecretaireDeMairie => "secrétariat de mairie",
        ParticipantRole.Consultant => "accompagnement de la démarche",
        ParticipantRole.Administrator => "administration",
        _ => "un élu",
    };

    public static string Themes(IReadOnlyList<string> labels) =>
        labels.Count == 0 ? "Thèmes : aucun" : $"Thèmes : {string.Join(", ", labels)}";

    public const string TestimoniesHeader = "Ce qu'ont dit les acteurs locaux (témoignages)";
    public const string NotesHeader = "Vos notes sur ce thème";

    public const string MarkReviewed = "Marquer comme relu";
    public const string MarkCommunesLabel = "Communes dont ce thème est relu";
    public const string MarkThemesLabel = "Thèmes relus pour cette commune";
    public const string MarkSubmit = "Enregistrer";

    public const string AddNote = "Ajouter une note";
    public const string NoteLabel = "Votre note sur ce thème (elle ira dans « Commentaires et enjeux majeurs » de la fiche synthèse)";
    public const string NoteSubmit = "Enregistrer la note";

    public static string MarksSaved(string subject, IReadOnlyList<string> reviewed) => reviewed.Count == 0
        ? $"C'est noté : plus rien n'est marqué comme relu pour {subject}."
        : $"C'est noté : {subject} — relu pour {FrenchText.JoinWithEt(reviewed)}.";

    public static string NoteSaved(string theme) => $"Votre note sur « {theme} » est enregistrée.";
    public const string NoteEmpty = "Votre note est vide : écrivez-la dans le champ, puis « Enregistrer la note ».";
    public static string NoteTooLong(int max) => $"Votre note dépasse {FrenchText.Number(max)} caractères : raccourcissez-la, puis enregistrez-la à nouveau.";

    public static string ReviewedMark => "✓";
}
