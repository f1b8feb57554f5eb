namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// The intercommunalité seeded on an empty database so that a newcomer can try the bot at once:
/// the CC Flandre Lys, one of the fiches of the démarche.
/// </summary>
public static class DemoTerritory
{
    public static Intercommunality Create() => new()
    {
        Name = "CC Flandre Lys",
        Population = 40_239,
        PopulationYear = 2019,
        Communes =
        [
            new Commune { Name = "Estaires", Departement = "Nord" },
            new Commune { Name = "La Gorgue", Departement = "Nord" },
            new Commune { Name = "Haverskerque", Departement = "Nord" },
            new Commune { Name = "Merville", Departement = "Nord" },
            new Commune { Name = "Fleurbaix", Departement = "Pas-de-Calais" },
            new Commune { Name = "Laventie", Departement = "Pas-de-Calais" },
            new Commune { Name = "Lestrem", Departement = "Pas-de-Calais" },
            new Commune { Name = "Sailly-sur-la-Lys", Departement = "Pas-de-Calais" },
        ],
    };
}
