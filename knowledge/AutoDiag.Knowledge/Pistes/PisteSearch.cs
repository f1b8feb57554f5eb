using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Themes.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AutoDiag.Knowledge.Pistes;

/// <summary>
/// Finds the orientations and actions of other territories relevant to a text (« permis de conduire jeunes »): an
/// in-memory Lucene index with BM25 ranking, one document per orientation or action, its text and axis title
/// analysed by the project's <see cref="FrenchTextAnalyzer"/> (elisions, abbreviations, case and accent folding,
/// light stemming), so that « PA », « personnes agees » and « personnes âgées » are the same query.
/// </summary>
/// <remarks>Thread-safe once built. Results are deterministic: equal scores are ordered by territory, then text.</remarks>
public sealed class PisteSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string AxisField = "axis";
    private const string ThemeField = "theme";
    private const string TerritoryField = "territory";
    private const string IdField = "id";

    // The axis title gives context (« politique jeunesse » around « permis de conduire ») but counts less than the
    // piste's own words.
    private const float AxisBoost = 0.3f;

    // Keys are computed by FrenchTextAnalyzer; Lucene only splits them on spaces.
    private static readonly Analyzer KeyAnalyzer = Analyzer.NewAnonymous((_, reader) =>
        new TokenStreamComponents(new WhitespaceTokenizer(Version, reader)));

    private readonly FrenchTextAnalyzer _analyzer;
    private readonly List<Piste> _pistes;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private PisteSearch(FrenchTextAnalyzer analyzer, List<Piste> pistes, RAMDirectory directory)
    {
        _analyzer = analyzer;
        _pistes = pistes;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Every orientation and action indexed, in fiche order (score 0).</summary>
    public IReadOnlyList<Piste> All => _pistes;

    /// <summary>Indexes the default fiches (Data/Fiches/fiches.json) with the default abbreviations.</summary>
    public static PisteSearch LoadDefault() => Create(FicheLibrary.LoadDefault(), FrenchTextAnalyzer.LoadDefault());

    /// <summary>Indexes every orientation and action of the library.</summary>
    public static PisteSearch Create(FicheLibrary library, FrenchTextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(analyzer);

        var pistes = new List<Piste>();
        foreach (var fiche in library.Fiches)
        {
            foreach (var axis in fiche.Axes)
            {
                pistes.AddRange(axis.Orientations.Select(text =>
                    new Piste(text, PisteKind.Orientation, fiche.Territory, axis.Title, axis.Themes, 0)));
                pistes.AddRange(axis.Actions.Select(text =>
                    new Piste(text, PisteKind.Action, fiche.Territory, axis.Title, axis.Themes, 0)));
            }
        }

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, KeyAnalyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var id = 0; id < pistes.Count; id++)
            {
                var piste = pistes[id];
                var document = new Document
                {
                    new StoredField(IdField, id),
                    new TextField(TextField, Keys(analyzer, piste.Text), Field.Store.NO),
                    // Titles are written in capitals: lower them so that no word is taken for a capital-only
                    // abbreviation (« PA », « ML »).
                    new TextField(AxisField, Keys(analyzer, piste.Axis.ToLowerInvariant()), Field.Store.NO),
                    new StringField(TerritoryField, TerritoryKey(piste.Territory), Field.Store.NO),
                };
                foreach (var theme in piste.Themes)
                {
                    document.Add(new StringField(ThemeField, theme, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new PisteSearch(analyzer, pistes, directory);
    }

    /// <summary>
    /// The orientations and actions most relevant to <paramref name="query"/>, best first, those with no word of the
    /// query left out.
    /// </summary>
    /// <param name="query">Free French text: « permis de conduire jeunes », « portage de repas PA ».</param>
    /// <param name="count">How many to return at most.</param>
    /// <param name="themeId">When given, only pistes of axes about this theme.</param>
    /// <param name="excludeTerritory">When given, nothing from this territory, however its legal form is written: « other territories ».</param>
    public IReadOnlyList<Piste> Search(string query, int count = 3, string? themeId = null, string? excludeTerritory = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var keys = _analyzer.Analyze(query)
            .Where(token => token.IsContent)
            .Select(token => token.Key)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0 || count == 0)
        {
            return [];
        }

        var words = new BooleanQuery();
        foreach (var key in keys)
        {
            words.Add(new TermQuery(new Term(TextField, key)), Occur.SHOULD);
            words.Add(new TermQuery(new Term(AxisField, key)) { Boost = AxisBoost }, Occur.SHOULD);
        }

        var filtered = new BooleanQuery { { words, Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(excludeTerritory))
        {
            filtered.Add(new TermQuery(new Term(TerritoryField, TerritoryKey(excludeTerritory))), Occur.MUST_NOT);
        }

        // A filter, not a clause: the theme must not change the scores.
        Filter? filter = string.IsNullOrWhiteSpace(themeId)
            ? null
            : new QueryWrapperFilter(new TermQuery(new Term(ThemeField, themeId)));

        // The index is small: collect every hit so that ties are broken by territory and text, not by document order.
        var hits = _searcher.Search(filtered, filter, Math.Max(1, _reader.MaxDoc)).ScoreDocs;
        return hits
            .Select(hit => _pistes[_searcher.Doc(hit.Doc).GetField(IdField).GetInt32Value()!.Value] with { Score = hit.Score })
            .OrderByDescending(piste => piste.Score)
            .ThenBy(piste => piste.Territory, StringComparer.Ordinal)
            .ThenBy(piste => piste.Text, StringComparer.Ordinal)
            .ThenBy(piste => piste.Kind)
            .Take(count)
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static string Keys(FrenchTextAnalyzer analyzer, string text) =>
        string.Join(' ', analyzer.Analyze(text).Where(token => token.IsContent).Select(token => token.Key));

    private static string TerritoryKey(string territory) => PlaceNameNormalizer.IntercommunalityKey(territory);
}
