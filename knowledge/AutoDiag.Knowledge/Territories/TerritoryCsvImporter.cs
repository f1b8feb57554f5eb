using System.Globalization;
using AutoDiag.Knowledge.Persistence;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// Loads real intercommunalités and communes from a CSV file (UTF-8, « ; » separator, header
/// <c>intercommunalite;population;annee_population;commune;departement;code_insee</c>). The file is
/// checked whole first: one bad line and nothing is imported.
/// </summary>
public sealed class TerritoryCsvImporter(IDbContextFactory<AutoDiagDbContext> dbFactory)
{
    public async Task<TerritoryImportReport> ImportAsync(TextReader reader, CancellationToken ct = default)
    {
        var (rows, errors) = Read(reader);
        if (errors.Count > 0)
        {
            return new TerritoryImportReport(0, 0, 0, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Intercommunalities.Include(i => i.Communes).ToListAsync(ct);
        int intercommunalitiesAdded = 0, communesAdded = 0, communesUpdated = 0;

        foreach (var group in rows.GroupBy(r => r.Intercommunality.Trim()))
        {
            var intercommunality = existing.SingleOrDefault(i => i.Name == group.Key);
            if (intercommunality is null)
            {
                intercommunality = new Intercommunality { Name = group.Key };
                db.Intercommunalities.Add(intercommunality);
                intercommunalitiesAdded++;
            }
            intercommunality.Population = group.First().Population ?? intercommunality.Population;
            intercommunality.PopulationYear = group.First().PopulationYear ?? intercommunality.PopulationYear;

            foreach (var row in group)
            {
                var name = row.Commune.Trim();
                var commune = intercommunality.Communes.SingleOrDefault(c => c.Name == name);
                if (commune is null)
                {
                    commune = new Commune { Name = name };
                    intercommunality.Communes.Add(commune);
                    communesAdded++;
                }
                else
                {
                    communesUpdated++;
                }
                commune.Departement = NullIfBlank(row.Departement) ?? commune.Departement;
                commune.InseeCode = NullIfBlank(row.InseeCode) ?? commune.InseeCode;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TerritoryImportReport(intercommunalitiesAdded, communesAdded, communesUpdated, []);
    }

    private static (List<TerritoryCsvRow> Rows, List<string> Errors) Read(TextReader reader)
    {
        var rows = new List<TerritoryCsvRow>();
        var errors = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR"))
        {
            Delimiter = ";",
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var csv = new CsvReader(reader, configuration);
        try
        {
            csv.Read();
            csv.ReadHeader();
            csv.ValidateHeader<TerritoryCsvRow>();
        }
        catch (Exception e) when (e is HeaderValidationException or ReaderException)
        {
            errors.Add("En-tête attendu : intercommunalite;population;annee_population;commune;departement;code_insee");
            return (rows, errors);
        }

        var seen = new HashSet<(string, string)>();
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            try
            {
                var row = csv.GetRecord<TerritoryCsvRow>();
                if (string.IsNullOrWhiteSpace(row.Intercommunality) || string.IsNullOrWhiteSpace(row.Commune))
                {
                    errors.Add($"Ligne {line} : l'intercommunalité et la commune sont obligatoires.");
                }
                else if (row.Population is <= 0)
                {
                    errors.Add($"Ligne {line} : la population doit être un nombre positif.");
                }
                else if (!seen.Add((row.Intercommunality.Trim(), row.Commune.Trim())))
                {
                    errors.Add($"Ligne {line} : la commune « {row.Commune.Trim()} » apparaît deux fois.");
                }
                else
                {
                    rows.Add(row);
                }
            }
            catch (Exception e) when (e is CsvHelper.TypeConversion.TypeConverterException or CsvHelper.MissingFieldException)
            {
                errors.Add($"Ligne {line} : valeur illisible ({e.GetType().Name}).");
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("Le fichier ne contient aucune commune.");
        }
        return (rows, errors);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
