using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class AnswerTextTests
{
    [Theory]
    [InlineData(null, AnswerTextProblem.Empty)]
    [InlineData("", AnswerTextProblem.Empty)]
    [InlineData(" \t\n ", AnswerTextProblem.Empty)]
    [InlineData("😀😀👍", AnswerTextProblem.NoWords)]
    [InlineData("?!… --", AnswerTextProblem.NoWords)]
    public void Text_without_words_is_refused(string? raw, AnswerTextProblem expected)
    {
        Assert.Equal(expected, AnswerText.TryCreate(raw, out var text));
        Assert.Null(text);
    }

    [Theory]
    [InlineData("  Le bus ne passe plus  ", "Le bus ne passe plus")]
    [InlineData("3 familles 😢", "3 familles 😢")]
    [InlineData("RAS", "RAS")]
    public void Text_with_words_is_kept_trimmed(string raw, string expected)
    {
        Assert.Null(AnswerText.TryCreate(raw, out var text));
        Assert.Equal(expected, text!.Value);
        Assert.False(text.WasTruncated);
    }

    [Fact]
    public void A_long_text_is_cut_at_a_word_boundary_below_the_limit()
    {
        var raw = string.Concat(Enumerable.Repeat("mobilité ", 3000));

        AnswerText.TryCreate(raw, out var text);

        Assert.True(text!.WasTruncated);
        Assert.Equal(raw.Trim().Length, text.OriginalLength);
        Assert.InRange(text.Value.Length, AnswerText.MaxLength - 10, AnswerText.MaxLength);
        Assert.EndsWith("mobilité", text.Value);
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var raw = new string('a', AnswerText.MaxLength - 1) + "😀😀";

        AnswerText.TryCreate(raw, out var text);

        Assert.False(char.IsHighSurrogate(text!.Value[^1]));
    }
}
