using AutoDiag.Bot.Adapters;
using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>Control characters a keyboard does not make are dropped from what people send, before anything reads it.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("Les jeunes\u0000 manquent de transport", "Les jeunes manquent de transport")]
    [InlineData("ligne 1\nligne 2\tet une tabulation", "ligne 1\nligne 2\tet une tabulation")]
    [InlineData("\u001b[31mrouge\u007f", "[31mrouge")]
    public void Control_characters_are_dropped_line_breaks_and_tabs_kept(string typed, string kept)
    {
        Assert.Equal(kept, TypedText.Clean(typed));
    }

    [Fact]
    public async Task An_answer_with_a_nul_is_stored_without_it_and_acknowledged()
    {
        var connector = new RecordingConnectorHandler();
        await using var factory = new BotWebHost { Connector = connector };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }

        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-1", "Les jeunes\u0000 manquent de transport"));

        Assert.DoesNotContain(connector.SentTexts, text => text.Contains("quelque chose s'est mal passé", StringComparison.Ordinal));
        await using var db = factory.OpenDatabase();
        Assert.Equal("Les jeunes manquent de transport", (await db.Answers.SingleAsync()).Text);
    }

    [Fact]
    public void A_card_submit_is_cleaned_at_every_depth()
    {
        var activity = new Microsoft.Bot.Schema.Activity { Value = JObject.Parse("""{"comment":"a\u0000b","nested":{"list":["c\u0001d"]},"level":2}""") };

        TypedText.Clean(activity);

        var value = (JObject)activity.Value;
        Assert.Equal("ab", (string?)value["comment"]);
        Assert.Equal("cd", (string?)value.SelectToken("nested.list[0]"));
        Assert.Equal(2, (int)value["level"]!);
    }
}
