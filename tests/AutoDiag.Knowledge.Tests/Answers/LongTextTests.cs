using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class LongTextTests
{
    [Fact]
    public void A_text_within_the_limit_is_kept_whole()
    {
        Assert.Equal("les aînés restent seuls", LongText.Cut("les aînés restent seuls", 23));
    }

    [Fact]
    public void A_longer_text_ends_on_a_word()
    {
        Assert.Equal("les aînés restent", LongText.Cut("les aînés restent seuls", 20));
    }

    [Theory]
    [InlineData("appeler sa fille au 06 12 34 56 78 le soir", 31)]
    [InlineData("appeler sa fille au 06 12 34 56 78 le soir", 33)]
    [InlineData("appeler sa fille au 06.12.34.56.78 le soir", 30)]
    public void A_number_the_cut_goes_through_is_dropped_whole(string text, int maxLength)
    {
        Assert.Equal("appeler sa fille au", LongText.Cut(text, maxLength));
    }

    [Fact]
    public void A_number_that_ends_before_the_cut_is_kept()
    {
        Assert.Equal("le car passe à 7 h", LongText.Cut("le car passe à 7 h puis plus rien", 19));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        var text = new string('a', 9) + "😀" + "bbbb";

        Assert.Equal(new string('a', 9), LongText.Cut(text, 10));
    }

    [Fact]
    public void Nothing_is_kept_of_a_text_cut_at_zero_or_at_a_lone_half_of_a_pair()
    {
        Assert.Equal("", LongText.Cut("bonjour", 0));
        Assert.Equal("", LongText.Cut("😀 sourire", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LongText.Cut("bonjour", -1));
    }
}
