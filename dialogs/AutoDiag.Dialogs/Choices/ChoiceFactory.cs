using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>Renders choices on a prompt activity.</summary>
internal static class ChoiceFactory
{
    /// <param name="prompt">A copy of the prompt: it is modified.</param>
    public static Activity AppendChoices(Activity prompt, IList<Choice> choices, ListStyle style)
    {
        if (choices.Count == 0)
        {
            return prompt;
        }

        switch (style)
        {
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions
                {
                    Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.Title ?? c.Value, value: c.Value))],
                };
                break;
            case ListStyle.List:
                var lines = choices.Select((c, i) => $"{i + 1}. {c.Title ?? c.Value}");
                prompt.Text = string.IsNullOrEmpty(prompt.Text)
                    ? string.Join("\n", lines)
                    : $"{prompt.Text}\n\n{string.Join("\n", lines)}";
                break;
        }

        return prompt;
    }
}
