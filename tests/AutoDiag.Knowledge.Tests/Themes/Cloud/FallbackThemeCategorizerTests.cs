using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;
using Microsoft.Extensions.Logging;
using Moq;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

public sealed class FallbackThemeCategorizerTests
{
    private const string Text = "plus de médecin à Estaires depuis 2019";

    private readonly Mock<IThemeCategorizer> _primary = new(MockBehavior.Strict);
    private readonly Mock<IThemeCategorizer> _local = new(MockBehavior.Strict);
    private readonly ListLogger<FallbackThemeCategorizer> _log = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PrimaryAnswers_ItsThemes_WithTheLocalNoDifficulty(bool localReportsNoDifficulty)
    {
        var cloudThemes = new[] { new ThemeScore("sante", 0.88, []) };
        _primary.Setup(primary => primary.Categorize(Text))
            .Returns(new ThemeCategorization(Themes: cloudThemes, ReportsNoDifficulty: false));
        _local.Setup(local => local.Categorize(Text)).Returns(new ThemeCategorization(
            Themes: [new ThemeScore("mobilite", 0.5, ["40 km"])], ReportsNoDifficulty: localReportsNoDifficulty));

        var result = Categorizer().Categorize(Text);

        Assert.Equal(cloudThemes, result.Themes);
        Assert.Equal(localReportsNoDifficulty, result.ReportsNoDifficulty);
        _primary.Verify(primary => primary.Categorize(Text), Times.Once);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void PrimaryThrows_TheLocalResult_AndAWarningWithoutTheText()
    {
        var localResult = new ThemeCategorization(Themes: [new ThemeScore("sante", 0.5, ["médecin"])], ReportsNoDifficulty: false);
        _primary.Setup(primary => primary.Categorize(Text)).Throws(new HttpRequestException("Connection refused"));
        _local.Setup(local => local.Categorize(Text)).Returns(localResult);

        var result = Categorizer().Categorize(Text);

        Assert.Same(localResult, result);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        var warning = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(nameof(HttpRequestException), warning.Message);
        Assert.DoesNotContain("Estaires", warning.Everything);
    }

    [Fact]
    public void NullText_AsksNeither()
    {
        Assert.Throws<ArgumentNullException>(() => Categorizer().Categorize(null!));

        _primary.VerifyNoOtherCalls();
        _local.VerifyNoOtherCalls();
    }

    private FallbackThemeCategorizer Categorizer() => new(_primary.Object, _local.Object, _log);
}
