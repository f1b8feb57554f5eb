using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>One database with <see cref="SynthesisDataset"/>, the service, and the consultant's fiche and documents, shared by a test class.</summary>
public sealed class SynthesisFixture : IAsyncLifetime
{
    /// <summary>28 November 2026, 10:00 UTC: 11:00 in Paris.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PisteSearch> SharedPistes = new(PisteSearch.LoadDefault);

    private TestDatabase database = null!;

    public SynthesisDataset Data { get; private set; } = null!;
    public FicheSyntheseService Service { get; private set; } = null!;
    public FicheSynthese Fiche { get; private set; } = null!;
    public FicheSyntheseDocuments Documents { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        Data = await SynthesisDataset.CreateAsync(database);
        Service = CreateService(database, new FixedClock(Now));
        Fiche = await Service.BuildAsync(Data.Consultant, Data.IntercommunalityId);
        Documents = await Service.GenerateAsync(Data.Consultant, Data.IntercommunalityId);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>The service on <paramref name="database"/>, with the pistes' index shared by the tests.</summary>
    public static FicheSyntheseService CreateService(TestDatabase database, TimeProvider clock)
    {
        var themes = ThemeCatalog.LoadDefault();
        var access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
        return new FicheSyntheseService(
            database.Factory,
            themes,
            access,
            new ThemeMatrixService(database.Factory, themes, access, NullLogger<ThemeMatrixService>.Instance),
            SharedPistes,
            clock);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
