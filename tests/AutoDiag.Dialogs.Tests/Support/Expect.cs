using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>Checks on what the user sees.</summary>
internal static class Expect
{
    /// <summary>A message with this text and exactly these imBack buttons, by title.</summary>
    public static Action<IActivity> Buttons(string text, params string[] titles) => activity =>
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
        Assert.Equal(text, message.Text);
        var actions = message.SuggestedActions?.Actions ?? [];
        Assert.Equal(titles, actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    };

    public static Action<IActivity> NoButtons(string text) => activity =>
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
        Assert.Equal(text, message.Text);
        Assert.Null(message.SuggestedActions);
    };
}
