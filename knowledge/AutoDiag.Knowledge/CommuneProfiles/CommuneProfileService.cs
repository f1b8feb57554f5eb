using System.Globalization;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>
/// The fiche commune: the figures and services the secrétaire de mairie (or an élu) knows. Every save is
/// validated field by field and appended as a new revision, so the history keeps who changed what and when.
/// Élus and secrétaires de mairie of the commune read and write it; its consultants read it (<see cref="AccessPolicy"/>).
/// </summary>
public sealed class CommuneProfileService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    IThemeCategorizer categorizer,
    AccessPolicy access,
    TimeProvider clock)
{
    public const int AssociationsMaxLength = 4000;
    public const int ContactMaxLength = 500;
    /// <summary>Older figures than this are not a census the fiche can use.</summary>
    public const int FirstPopulationYear = 1900;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The latest revision, or null when the fiche was never filled.</summary>
    public async Task<CommuneProfileEntry?> GetCurrentAsync(ParticipantProfile participant, int communeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, participant, ProtectedAction.ReadAnswers, communeId, ct);
        return (await QueryHistory(db, communeId).Take(1).ToListAsync(ct)).SingleOrDefault();
    }

    /// <summary>Every revision, newest first.</summary>
    public async Task<IReadOnlyList<CommuneProfileEntry>> GetHistoryAsync(ParticipantProfile participant, int communeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, participant, ProtectedAction.ReadAnswers, communeId, ct);
        return await QueryHistory(db, communeId).ToListAsync(ct);
    }

    /// <summary>Validates every field; stores a new revision only when none has a problem.</summary>
    public async Task<CommuneProfileSaveResult> SaveAsync(
        ParticipantProfile participant, int communeId, CommuneProfileInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandAsync(db, participant, ProtectedAction.EditCommuneProfile, communeId, ct);
        var intercommunalityPopulation = await db.Communes.AsNoTracking()
            .Where(c => c.Id == communeId)
            .Select(c => c.Intercommunality!.Population)
            .SingleOrDefaultAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var problems = Validate(input, intercommunalityPopulation, now.Year);
        if (problems.Count > 0)
        {
            return CommuneProfileSaveResult.Failure(problems);
        }

        var associations = Clean(input.Associations);
        var revision = new CommuneProfileRevision
        {
            CommuneId = communeId,
            Population = input.Population,
            PopulationYear = input.PopulationYear,
            Households = input.Households,
            Services = CommuneService.Join(CommuneService.Ordered(input.Services)),
            Associations = associations,
            AssociationThemes = associations is null
                ? string.Empty
                : string.Join(',', categorizer.Categorize(associations).Themes.Select(t => t.ThemeId)),
            Contact = Clean(input.Contact),
            ChangedByParticipantId = participant.Id,
            ChangedAt = now,
        };
        db.CommuneProfileRevisions.Add(revision);
        await db.SaveChangesAsync(ct);
        return CommuneProfileSaveResult.Success(revision);
    }

    /// <summary>The problems of each field, in the fiche's order; empty when all can be saved.</summary>
    public static IReadOnlyList<CommuneProfileProblem> Validate(CommuneProfileInput input, int? intercommunalityPopulation, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<CommuneProfileProblem>();
        void Add(CommuneProfileField field, string explanation) => problems.Add(new CommuneProfileProblem(field, explanation));

        var populationValid = false;
        if (input.Population is { } population)
        {
            if (population <= 0)
            {
                Add(CommuneProfileField.Population, "La population doit être un nombre positif.");
            }
            else if (intercommunalityPopulation is { } total && population > total)
            {
                Add(CommuneProfileField.Population, $"La population ne peut pas dépasser celle de l'intercommunalité ({Number(total)} habitants).");
            }
            else
            {
                populationValid = true;
            }
        }

        if (input.PopulationYear is { } year)
        {
            if (year > currentYear)
            {
                Add(CommuneProfileField.PopulationYear, "L'année ne peut pas être dans le futur.");
            }
            else if (year < FirstPopulationYear)
            {
                Add(CommuneProfileField.PopulationYear, $"L'année doit être celle du chiffre de population, par exemple {currentYear - 3}.");
            }
        }
        else if (input.Population is not null)
        {
            Add(CommuneProfileField.PopulationYear, "Indiquez l'année de ce chiffre de population.");
        }

        if (input.Households is { } households)
        {
            if (households <= 0)
            {
                Add(CommuneProfileField.Households, "Le nombre de ménages doit être un nombre positif.");
            }
            else if (populationValid && households > input.Population)
            {
                Add(CommuneProfileField.Households, $"Le nombre de ménages ne peut pas dépasser la population ({Number(input.Population!.Value)} habitants).");
            }
        }

        if (input.Services.Any(id => !CommuneService.IsKnown(id)))
        {
            Add(CommuneProfileField.Services, "La liste des services contient un service inconnu. Cochez les services à nouveau.");
        }
        if (input.Associations?.Trim().Length > AssociationsMaxLength)
        {
            Add(CommuneProfileField.Associations, $"La liste des associations est trop longue ({Number(AssociationsMaxLength)} caractères au plus).");
        }
        if (input.Contact?.Trim().Length > ContactMaxLength)
        {
            Add(CommuneProfileField.Contact, $"Le contact est trop long ({Number(ContactMaxLength)} caractères au plus).");
        }
        return problems;
    }

    private static IQueryable<CommuneProfileEntry> QueryHistory(AutoDiagDbContext db, int communeId) =>
        from revision in db.CommuneProfileRevisions.AsNoTracking()
        join author in db.Participants.AsNoTracking() on revision.ChangedByParticipantId equals author.Id
        where revision.CommuneId == communeId
        orderby revision.ChangedAt descending, revision.Id descending
        select new CommuneProfileEntry(revision, author.DisplayName);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Number(int value) => value.ToString("N0", French);

    /// <summary>An unknown commune is refused like anyone else's: the refusal tells nothing of what exists.</summary>
    private async Task DemandAsync(AutoDiagDbContext db, ParticipantProfile participant, ProtectedAction action, int communeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var intercommunalityId = await db.Communes.Where(c => c.Id == communeId).Select(c => (int?)c.IntercommunalityId).SingleOrDefaultAsync(ct);
        access.Demand(participant, action, intercommunalityId ?? 0, communeId);
    }
}
