using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Tests.Privacy;

public sealed class PersonalDataCorpusTests
{
    [Fact]
    public void MainCorpus_HasEnoughSentencesOfEachKindAndNegatives()
    {
        var corpus = PersonalDataCorpus.Load(PersonalDataCorpus.MainFile);

        Assert.True(corpus.Count >= 250, $"{corpus.Count} sentences");
        Assert.True(Count(corpus, PersonalDataKind.Phone) >= 50);
        Assert.True(Count(corpus, PersonalDataKind.Email) >= 40);
        Assert.True(Count(corpus, PersonalDataKind.StreetAddress) >= 50);
        Assert.True(Count(corpus, PersonalDataKind.PersonName) >= 60);
        Assert.True(Count(corpus, PersonalDataKind.Age) >= 30);
        Assert.True(corpus.Count(item => item.Gold.Count == 0) >= 100, "hard negatives");
    }

    [Fact]
    public void HeldOutCorpus_IsLoadedAndCoversEveryKind()
    {
        var corpus = PersonalDataCorpus.Load(PersonalDataCorpus.HeldOutFile);

        Assert.True(corpus.Count >= 80, $"{corpus.Count} sentences");
        Assert.All(Enum.GetValues<PersonalDataKind>(), kind => Assert.True(Count(corpus, kind) >= 10, $"{kind}: {Count(corpus, kind)}"));
        Assert.Contains(corpus, item => item.Gold.Count == 0);
    }

    [Fact]
    public void FourthReviewCorpus_IsLoadedAndCoversEveryKind()
    {
        var corpus = PersonalDataCorpus.Load(PersonalDataCorpus.FourthReviewFile);

        Assert.True(corpus.Count >= 250, $"{corpus.Count} sentences");
        Assert.All(Enum.GetValues<PersonalDataKind>(), kind => Assert.True(Count(corpus, kind) >= 10, $"{kind}: {Count(corpus, kind)}"));
        Assert.True(corpus.Count(item => item.Gold.Count == 0) >= 100, "hard negatives");
    }

    [Fact]
    public void NamesWithoutCivilityCorpus_HalfNamesHalfHardNegatives()
    {
        var corpus = PersonalDataCorpus.Load(PersonalDataCorpus.NamesWithoutCivilityFile);

        Assert.True(corpus.Count >= 80, $"{corpus.Count} sentences");
        var withNames = corpus.Count(item => item.Gold.Any(span => span.Kind == PersonalDataKind.PersonName));
        var negatives = corpus.Count(item => item.Gold.Count == 0);
        Assert.True(withNames >= corpus.Count * 0.4, $"{withNames} sentences with names");
        Assert.True(negatives >= corpus.Count * 0.4, $"{negatives} hard negatives");
        Assert.True(Count(corpus, PersonalDataKind.Age) >= 10, $"{Count(corpus, PersonalDataKind.Age)} ages");
    }

    [Fact]
    public void Parse_LocatesRepeatedSpansInOrder_AndReportsUnknownOnes()
    {
        var item = PersonalDataCorpus.Parse(
            """{"text": "Mme Dupont et le fils Dupont", "spans": [{"kind": "PersonName", "text": "Dupont"}, {"kind": "PersonName", "text": "Dupont"}]}""", 1);

        Assert.Equal([4, 22], item.Gold.Select(span => span.Start));
        Assert.Throws<FormatException>(() => PersonalDataCorpus.Parse(
            """{"text": "Mme Dupont", "spans": [{"kind": "PersonName", "text": "Martin"}]}""", 2));
        Assert.Throws<FormatException>(() => PersonalDataCorpus.Parse(
            """{"text": "Mme Dupont", "spans": [{"kind": "Name", "text": "Dupont"}]}""", 3));
    }

    private static int Count(IReadOnlyList<LabelledPersonalData> corpus, PersonalDataKind kind) =>
        corpus.Sum(item => item.Gold.Count(span => span.Kind == kind));
}
