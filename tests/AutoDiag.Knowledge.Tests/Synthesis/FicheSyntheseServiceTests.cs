using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>The model of the draft on <see cref="SynthesisDataset"/>: axes, citations, actors, notes, calendar, context.</summary>
public sealed class FicheSyntheseServiceTests(SynthesisFixture fixture) : IClassFixture<SynthesisFixture>
{
    private const string Nbsp = FicheSyntheseTexts.Nbsp;

    private FicheSynthese Fiche => fixture.Fiche;

    private SyntheseAxis Axis(string themeId) => Assert.Single(Fiche.Axes, a => a.ThemeId == themeId);

    [Fact]
    public void Axes_come_from_the_themes_weighted_by_communes_and_risk_best_first()
    {
        Assert.Equal(["mobilite", "sante", "logement"], Fiche.Axes.Select(a => a.ThemeId));
        Assert.Equal([1, 2, 3], Fiche.Axes.Select(a => a.Number));
        // Mobilité: élevé 3 + modéré 2 + faible 1, and the Mission Locale heard on it; santé: élevé 3 + modéré 2, and the
        // centre social; logement: élevé 3, and the centre social. The ADMR spoke of vieillissement, which no commune
        // raised as a difficulty: no axis for it, nor a mention.
        Assert.Equal([7, 6, 4], Fiche.Axes.Select(a => a.Score));
        Assert.DoesNotContain(Fiche.OtherThemes, t => t.ThemeId == "vieillissement");
        Assert.Equal(["Mobilité", "Santé", "Logement et habitat"], Fiche.Axes.Select(a => a.Title));

        // Jeunesse and précarité score 1, under a third of 7: mentioned, with their communes, but no axis.
        Assert.Equal(["jeunesse", "precarite"], Fiche.OtherThemes.Select(t => t.ThemeId));
        Assert.Equal(["Merville"], Fiche.OtherThemes[0].Communes);
        Assert.Equal(2, Fiche.OtherThemes[0].DifficultyCount);
        Assert.Equal(["Estaires"], Fiche.OtherThemes[1].Communes);
    }

    [Fact]
    public void Every_enjeu_cites_its_source_communes_and_no_axis_lacks_one()
    {
        Assert.All(Fiche.Axes, axis =>
        {
            Assert.NotEmpty(axis.SourceCommunes);
            Assert.NotEmpty(axis.Enjeux);
            Assert.All(axis.Enjeux, enjeu =>
            {
                Assert.NotEmpty(enjeu.Communes);
                Assert.All(enjeu.Communes, commune => Assert.Contains(commune, axis.SourceCommunes));
            });
            Assert.All(axis.OrientationsFrom(OrientationOrigin.Ressource).Concat(axis.OrientationsFrom(OrientationOrigin.FicheCommune)),
                orientation => Assert.NotEmpty(orientation.Communes));
        });
        Assert.All(Fiche.OtherThemes, theme => Assert.NotEmpty(theme.Communes));

        var mobilite = Axis("mobilite");
        Assert.Equal(["Estaires", "Lestrem", "Merville"], mobilite.SourceCommunes);
        var constat = mobilite.Enjeux[0];
        Assert.Equal(EnjeuKind.Constat, constat.Kind);
        Assert.Equal(mobilite.SourceCommunes, constat.Communes);
        Assert.Equal(
            $"Difficultés relevées dans 3 communes sur 8 (Estaires, Lestrem, Merville), 3 réponses{Nbsp}; risque d'aggravation jugé élevé à Merville{Nbsp}; modéré à Estaires{Nbsp}; faible à Lestrem.",
            constat.Text);
        Assert.Equal(RiskLevel.Eleve, constat.Risk);

        // The same answer in two communes (case and punctuation aside) is quoted once, citing both.
        var shared = Assert.Single(mobilite.Enjeux, e => e.Kind == EnjeuKind.Extrait && e.Text.StartsWith("Pas de transport", StringComparison.Ordinal));
        Assert.Equal(["Estaires", "Lestrem"], shared.Communes);
        Assert.Equal(SynthesisDataset.SharedTransportAnswer, shared.Text);

        var reason = Assert.Single(mobilite.Enjeux, e => e.Kind == EnjeuKind.RisqueCommente);
        Assert.Equal(("la ligne ferme en juin", RiskLevel.Eleve), (reason.Text, reason.Risk));
        Assert.Equal(["Merville"], reason.Communes);
    }

    [Fact]
    public void Human_corrections_win_and_no_difficulty_answers_raise_no_theme()
    {
        // « plus de médecin » was tagged mobilité by the categoriser, santé by a person.
        Assert.DoesNotContain(Axis("mobilite").Enjeux, e => e.Text.Contains("médecin", StringComparison.Ordinal));
        var medecin = Assert.Single(Axis("sante").Enjeux, e => e.Text == "plus de médecin depuis deux ans");
        Assert.Equal(["Merville"], medecin.Communes);

        // Vieillissement: only « rien à signaler », a resource and a testimony — no axis, no mention; nor the themes nobody raised.
        var raised = Fiche.Axes.Select(a => a.ThemeId).Concat(Fiche.OtherThemes.Select(t => t.ThemeId)).ToList();
        Assert.DoesNotContain("vieillissement", raised);
        Assert.DoesNotContain("gouvernance", raised);
        Assert.DoesNotContain("acces-aux-droits", raised);
    }

    [Fact]
    public void Testimonies_are_shown_as_the_actors_with_their_structure_apart_from_the_communes()
    {
        var mobilite = Axis("mobilite");
        var statement = Assert.Single(mobilite.ActorEnjeux);
        Assert.Equal(new ActorStatement("Mission Locale", "Les jeunes renoncent à des formations faute de transport"), statement);

        var preconisations = mobilite.OrientationsFrom(OrientationOrigin.Preconisation);
        Assert.Equal(
            [("Mission Locale", "Développer l'aide au permis de conduire"), ("Mission Locale", "Créer une plateforme mobilité")],
            preconisations.Select(p => (p.Structure, p.Text)));
        Assert.All(preconisations, p => Assert.Empty(p.Communes));

        // Never among the élus' enjeux.
        string[] actorTexts = ["Les jeunes renoncent", "renoncement aux soins", "aidants", "permanence de la CPAM"];
        Assert.All(Fiche.Axes.SelectMany(a => a.Enjeux), enjeu =>
            Assert.DoesNotContain(actorTexts, text => enjeu.Text.Contains(text, StringComparison.Ordinal)));

        // Human theme tags of a testimony win: the Mission Locale is not heard on insertion (no axis there anyway) but on mobilité;
        // the Centre social is heard on santé and logement, the ADMR (vieillissement) on no axis.
        Assert.Equal("Centre social de Merville", Assert.Single(Axis("sante").ActorEnjeux).Structure);
        Assert.Equal("Centre social de Merville", Assert.Single(Axis("logement").OrientationsFrom(OrientationOrigin.Preconisation)).Structure);
        Assert.DoesNotContain(Fiche.Axes.SelectMany(a => a.ActorEnjeux), s => s.Structure == "ADMR");
    }

    [Fact]
    public void Resources_of_the_communes_and_of_their_fiches_are_cited_with_their_communes()
    {
        var ressource = Assert.Single(Axis("mobilite").OrientationsFrom(OrientationOrigin.Ressource));
        Assert.Equal("Transport solidaire assuré par des bénévoles du CCAS", ressource.Text);
        Assert.Equal(["Merville"], ressource.Communes);

        // The latest fiche commune of Estaires has the transport à la demande and a doctor (no more école).
        var transport = Assert.Single(Axis("mobilite").OrientationsFrom(OrientationOrigin.FicheCommune));
        Assert.Equal("Transport à la demande", transport.Text);
        Assert.Equal(["Estaires"], transport.Communes);
        Assert.Equal(
            [("Médecin", "Estaires"), ("Pharmacie", "Merville"), ($"Associations{Nbsp}: Association Santé pour tous", "La Gorgue")],
            Axis("sante").OrientationsFrom(OrientationOrigin.FicheCommune).Select(o => (o.Text, Assert.Single(o.Communes))));
    }

    [Fact]
    public void Each_axis_gets_three_pistes_of_other_territories_never_its_own_nor_repeated()
    {
        var territories = FicheLibrary.LoadDefault().Fiches.Select(f => f.Territory).ToHashSet();
        var all = new List<(string?, string)>();
        foreach (var axis in Fiche.Axes)
        {
            var pistes = axis.OrientationsFrom(OrientationOrigin.Piste);
            Assert.Equal(FicheSyntheseService.PistesPerAxis, pistes.Count);
            Assert.All(pistes, piste =>
            {
                Assert.Contains(piste.Territory!, territories);
                Assert.NotEqual("CC Flandre Lys", piste.Territory);
            });
            all.AddRange(pistes.Select(p => (p.Territory, p.Text)));
        }

        Assert.Equal(all.Count, all.Distinct().Count());
        // The mobilité axis, about the permis and a plateforme mobilité, finds the Haut Allier's permis.
        Assert.Contains(Axis("mobilite").OrientationsFrom(OrientationOrigin.Piste),
            p => Piste.Cite(p.Territory!, p.Text) == "CC du Haut Allier — aides à l'obtention du permis de conduire");
    }

    [Fact]
    public void Consultant_notes_are_the_comments_general_first_then_by_theme()
    {
        Assert.Equal(
            [(null, SynthesisDataset.GeneralNote), ("Vieillissement et autonomie", "À creuser avec l'ADMR"), ("Mobilité", "Priorité exprimée en plénière")],
            Fiche.Comments.Select(c => (c.ThemeLabel, c.Text)));
    }

    [Fact]
    public void Calendar_has_the_four_steps_and_the_actors_heard_in_recording_order()
    {
        Assert.Equal(
            [
                new SyntheseCalendarStep(DemarcheStep.PresentationAuxElus, new DateOnly(2017, 3, 28)),
                new SyntheseCalendarStep(DemarcheStep.AteliersRessourcesDifficultes, new DateOnly(2017, 10, 16)),
                new SyntheseCalendarStep(DemarcheStep.SoireeTemoignages, new DateOnly(2017, 11, 27)),
                new SyntheseCalendarStep(DemarcheStep.Restitution, null),
            ],
            Fiche.Calendar.Steps);
        Assert.Equal(["Mission Locale", "ADMR", "Centre social de Merville"], Fiche.Calendar.ActorsHeard);
    }

    [Fact]
    public void Context_gives_the_recorded_figures_and_who_took_part()
    {
        var context = Fiche.Context;
        Assert.Equal((40_239, 2019, 8), (context.Population, context.PopulationYear, context.CommuneCount));
        Assert.Equal([new DepartementShare("Nord", 4), new DepartementShare("Pas-de-Calais", 4)], context.Departements);
        Assert.StartsWith("Créée en 1992", context.History);
        // Merville, Estaires, La Gorgue, Lestrem, Haverskerque; Anne, Claude, Denis, Emma and Bérénice.
        Assert.Equal(new SyntheseParticipation(5, 4, 1, 8, 3, 3), context.Participation);
    }

    [Fact]
    public void Nothing_of_another_intercommunality_shows()
    {
        Assert.DoesNotContain(SynthesisDataset.OtherTerritoryText, fixture.Documents.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(SynthesisDataset.OtherTerritoryText, fixture.Documents.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Structure ailleurs", fixture.Documents.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ailleurs", Fiche.Heatmap.Rows.Select(r => r.Commune));
    }

    [Fact]
    public void Heatmap_data_has_every_commune_and_theme_with_counts_and_highest_risk()
    {
        Assert.Equal(10, Fiche.Heatmap.ThemeLabels.Count);
        Assert.Equal("Jeunesse", Fiche.Heatmap.ThemeLabels[0]);
        Assert.Equal(8, Fiche.Heatmap.Rows.Count);
        var estaires = Assert.Single(Fiche.Heatmap.Rows, r => r.Commune == "Estaires");
        var logement = Fiche.Heatmap.ThemeLabels.ToList().IndexOf("Logement");
        Assert.Equal(new Knowledge.Review.ThemeCell(2, RiskLevel.Eleve), estaires.Cells[logement]);
    }

    [Fact]
    public async Task An_intercommunality_without_answers_gets_a_fiche_without_axes()
    {
        var fiche = await fixture.Service.BuildAsync(fixture.Data.EmptyConsultant, fixture.Data.EmptyIntercommunalityId);

        Assert.Empty(fiche.Axes);
        Assert.Empty(fiche.OtherThemes);
        // No population recorded for the intercommunalité: the total of its two fiches communes, of two different years.
        Assert.Equal((2000, null, true), (fiche.Context.Population, fiche.Context.PopulationYear, fiche.Context.PopulationSummedFromCommunes));
        Assert.Equal(2, fiche.Heatmap.Rows.Count);
        Assert.All(fiche.Calendar.Steps, step => Assert.Null(step.Date));
        var markdown = FicheSyntheseMarkdown.Render(fiche);
        Assert.Contains(FicheSyntheseTexts.NoAxis, markdown, StringComparison.Ordinal);
        Assert.Contains(FicheSyntheseTexts.NoComment, markdown, StringComparison.Ordinal);
        Assert.Contains(FicheSyntheseTexts.DateToBeSet, markdown, StringComparison.Ordinal);
        Assert.Contains($"2{Nbsp}000 habitants (total des fiches communes)", markdown, StringComparison.Ordinal);
    }
}
