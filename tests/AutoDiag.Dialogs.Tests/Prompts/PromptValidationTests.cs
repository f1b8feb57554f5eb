using System.Globalization;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Tests.Prompts;

/// <summary>What every prompt does with an answer: validation, retry, attempts, non-message activities.</summary>
public class PromptValidationTests
{
    private const string Question = "Quel est le numéro de série (VIN) ?";
    private const string Retry = "Le VIN compte 17 caractères.";
    private const string Vin = "VF1RFB00X56123456";

    private readonly List<(int Attempt, bool Succeeded)> _attempts = [];

    // The expected length travels in Validations, persisted with the prompt.
    private PromptValidator<string> VinValidator(Func<PromptValidatorContext<string>, Task>? onReject = null) => async (prompt, ct) =>
    {
        _attempts.Add((prompt.AttemptCount, prompt.Recognized.Succeeded));
        var length = Convert.ToInt32(prompt.Options.Validations, CultureInfo.InvariantCulture);
        if (prompt.Recognized.Value?.Length == length)
        {
            return true;
        }

        if (onReject is not null)
        {
            await onReject(prompt);
        }

        return false;
    };

    private static PromptOptions VinOptions(string? retry) => new()
    {
        Prompt = MessageFactory.Text(Question),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        Validations = 17,
    };

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task A_rejected_answer_gets_the_retry_prompt_and_the_validator_counts_attempts(StorageKind storage)
    {
        var root = Ask.ThenEcho<string>(new TextPrompt("vin", VinValidator()), VinOptions(Retry), vin => $"VIN : {vin}");

        await new DialogTestHost(storage).Run(root)
            .Test("bonjour", Question)
            .Test("VF1", Retry)
            .Send(UserActivities.Submit("{}")).AssertReply(Retry)
            .Test(Vin, $"VIN : {Vin}")
            .StartTestAsync();

        Assert.Equal([(1, true), (2, false), (3, true)], _attempts);
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_prompt_is_sent_again()
    {
        var root = Ask.ThenEcho<string>(new TextPrompt("vin", VinValidator()), VinOptions(retry: null), vin => $"VIN : {vin}");

        await new DialogTestHost().Run(root)
            .Test("bonjour", Question)
            .Test("VF1", Question)
            .Test(Vin, $"VIN : {Vin}")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_rejected_as_no_answer_at_all_gets_the_question_as_first_asked()
    {
        var validator = VinValidator(prompt =>
        {
            if (prompt.Recognized.Value == "salut")
            {
                prompt.AskAsFirst();
            }
            return Task.CompletedTask;
        });
        var root = Ask.ThenEcho<string>(new TextPrompt("vin", validator), VinOptions(Retry), vin => $"VIN : {vin}");

        await new DialogTestHost().Run(root)
            .Test("bonjour", Question)
            .Test("salut", Question)
            .Test("VF1", Retry)
            .Test(Vin, $"VIN : {Vin}")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_explains_the_rejection_itself_is_not_followed_by_the_retry_prompt()
    {
        var validator = VinValidator(prompt => prompt.Context.SendActivityAsync(
            $"Il manque {17 - prompt.Recognized.Value!.Length} caractères.", cancellationToken: CancellationToken.None));
        var root = Ask.ThenEcho<string>(new TextPrompt("vin", validator), VinOptions(Retry), vin => $"VIN : {vin}");

        // Had the prompt sent its retry prompt too, it would be the reply expected after the next message.
        await new DialogTestHost().Run(root)
            .Test("bonjour", Question)
            .Test("VF1", "Il manque 14 caractères.")
            .Test(Vin, $"VIN : {Vin}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Activities_other_than_messages_are_not_answers()
    {
        var root = Ask.ThenEcho<string>(new TextPrompt("vin", VinValidator()), VinOptions(Retry), vin => $"VIN : {vin}");

        await new DialogTestHost().Run(root)
            .Test("bonjour", Question)
            .Send(UserActivities.Typing())
            .Test(Vin, $"VIN : {Vin}")
            .StartTestAsync();

        Assert.Equal([(1, true)], _attempts);
    }

    [Fact]
    public async Task A_prompt_needs_PromptOptions()
    {
        var host = new DialogTestHost();
        using var turn = host.NewTurn();
        var dc = await new DialogSet(host.Accessor).Add(new TextPrompt("texte")).CreateContextAsync(turn);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("texte", "Quel modèle ?"));
        Assert.Contains("PromptAsync", error.Message, StringComparison.Ordinal);
    }
}
