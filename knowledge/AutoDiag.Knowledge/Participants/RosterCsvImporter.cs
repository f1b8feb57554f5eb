using System.Globalization;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// Enrols people in bulk from a roster (UTF-8, « ; » separator, header <c>nom;email;role;intercommunalite;communes</c>,
/// communes separated by « | »). The file is checked whole first: one bad line and nobody is imported. Each person
/// becomes a participant with their e-mail and no Teams identity; their first message binds them
/// (<see cref="RosterDirectory.ClaimAsync"/>).
/// </summary>
public sealed class RosterCsvImporter(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    public const string ExpectedHeader = "nom;email;role;intercommunalite;communes";
    private static readonly string[] Columns = ["nom", "email", "role", "intercommunalite", "communes"];

    private sealed record RosterEntry(string Name, string Email, ParticipantRole Role, int IntercommunalityId, IReadOnlyList<int> CommuneIds);

    public async Task<RosterImportReport> ImportAsync(TextReader reader, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var territories = await db.Intercommunalities.AsNoTracking().Include(i => i.Communes).ToListAsync(ct);
        var registeredEmails = (await db.Participants.Where(p => p.Email != null).Select(p => p.Email!).ToListAsync(ct))
            .Select(RosterDirectory.NormalizeEmail)
            .ToHashSet(StringComparer.Ordinal);

        var (entries, errors) = Read(reader, territories, registeredEmails);
        if (errors.Count > 0)
        {
            return new RosterImportReport(0, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            db.Participants.Add(new Participant
            {
                DisplayName = entry.Name,
                Email = entry.Email,
                Role = entry.Role,
                IntercommunalityId = entry.IntercommunalityId,
                CreatedAt = now,
                Communes = entry.CommuneIds.Select((id, index) => new ParticipantCommune { CommuneId = id, Position = index }).ToList(),
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RosterImportReport(entries.Count, []);
    }

    private static (List<RosterEntry> Entries, List<string> Errors) Read(
        TextReader reader, IReadOnlyList<Intercommunality> territories, HashSet<string> registeredEmails)
    {
        var entries = new List<RosterEntry>();
        var errors = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR"))
        {
            Delimiter = ";",
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        string[] header;
        try
        {
            header = csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { } record ? record : [];
        }
        catch (ReaderException)
        {
            header = [];
        }

        var missing = Columns.Where(column => !header.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"En-tête attendu : {ExpectedHeader} (colonne(s) manquante(s) : {string.Join(", ", missing)}).");
            return (entries, errors);
        }

        var intercommunalityMatcher = new NameMatcher(territories.Select(i => new NamedEntry(i.Id, i.Name)));
        var emailLines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var problems = new List<string>();
            string Field(string name) => csv.GetField(name)?.Trim() ?? string.Empty;

            var name = Field("nom");
            var email = RosterDirectory.NormalizeEmail(Field("email"));
            var roleText = Field("role");
            var intercommunalityText = Field("intercommunalite");
            var communesText = Field("communes");
            if (name.Length == 0 && email.Length == 0 && roleText.Length == 0 && intercommunalityText.Length == 0 && communesText.Length == 0)
            {
                continue;
            }

            if (name.Length == 0)
            {
                problems.Add("le nom est obligatoire");
            }
            if (email.Length == 0)
            {
                problems.Add("l'adresse e-mail est obligatoire");
            }
            else if (!LooksLikeEmail(email))
            {
                problems.Add($"l'adresse e-mail « {email} » n'est pas valide");
            }
            else if (emailLines.TryGetValue(email, out var firstLine))
            {
                problems.Add($"l'adresse e-mail {email} figure déjà ligne {firstLine}");
            }
            else if (registeredEmails.Contains(email))
            {
                problems.Add($"{email} est déjà inscrit(e)");
            }
            if (email.Length > 0 && !emailLines.ContainsKey(email))
            {
                emailLines[email] = line;
            }

            var role = ParticipantRoleNames.Parse(roleText);
            if (role is null)
            {
                problems.Add(roleText.Length == 0
                    ? "le rôle est obligatoire (élu, secrétaire de mairie, consultant ou administrateur)"
                    : $"rôle « {roleText} » inconnu (élu, secrétaire de mairie, consultant ou administrateur)");
            }

            Intercommunality? intercommunality = null;
            if (intercommunalityText.Length == 0)
            {
                problems.Add("l'intercommunalité est obligatoire");
            }
            else
            {
                var match = intercommunalityMatcher.Match(intercommunalityText);
                if (match.Kind is NameMatchKind.Exact or NameMatchKind.Close)
                {
                    intercommunality = territories.Single(i => i.Id == match.Candidates[0].Id);
                }
                else
                {
                    problems.Add($"intercommunalité « {intercommunalityText} » inconnue{Suggest(match)}");
                }
            }

            var communeIds = new List<int>();
            if (intercommunality is not null)
            {
                var communeMatcher = new NameMatcher(intercommunality.Communes.Select(c => new NamedEntry(c.Id, c.Name)));
                foreach (var typed in communesText.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var match = communeMatcher.Match(typed);
                    switch (match.Kind)
                    {
                        case NameMatchKind.Exact or NameMatchKind.Close:
                            if (!communeIds.Contains(match.Candidates[0].Id))
                            {
                                communeIds.Add(match.Candidates[0].Id);
                            }
                            break;
                        case NameMatchKind.Ambiguous:
                            problems.Add($"« {typed} » peut désigner {string.Join(" ou ", match.Candidates.Select(c => c.Name))}");
                            break;
                        default:
                            problems.Add($"commune « {typed} » inconnue dans la {intercommunality.Name}{Suggest(match)}");
                            break;
                    }
                }
                if (communeIds.Count == 0 && problems.Count == 0 && role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie)
                {
                    problems.Add("un élu ou une secrétaire de mairie a au moins une commune");
                }
            }

            if (problems.Count > 0)
            {
                errors.Add($"Ligne {line} : {string.Join(" ; ", problems)}.");
            }
            else
            {
                entries.Add(new RosterEntry(name, email, role!.Value, intercommunality!.Id, communeIds));
            }
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add("Le fichier ne contient aucune personne.");
        }
        return (entries, errors);
    }

    private static string Suggest(NameMatch match) => match.Candidates.Count == 0
        ? string.Empty
        : $" (vouliez-vous dire {string.Join(" ou ", match.Candidates.Select(c => c.Name))} ?)";

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
