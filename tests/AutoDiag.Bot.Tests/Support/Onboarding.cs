namespace AutoDiag.Bot.Tests.Support;

public static class Onboarding
{
    /// <summary>Plays the first contact of an élu of the demo intercommunalité, typing the communes' names.</summary>
    public static async Task<IReadOnlyList<BotReply>> OnboardEluAsync(this TestConversation conversation, string communes)
    {
        await conversation.SayAsync("bonjour");
        await conversation.SayAsync("Élu");
        await conversation.SayAsync("CC Flandre Lys");
        await conversation.SayAsync(communes);
        return await conversation.SayAsync("oui");
    }

    /// <summary>Plays the first contact of a secrétaire de mairie of the demo intercommunalité, typing the communes' names.</summary>
    public static async Task<IReadOnlyList<BotReply>> OnboardSecretaireAsync(this TestConversation conversation, string communes)
    {
        await conversation.SayAsync("bonjour");
        await conversation.SayAsync("Secrétaire de mairie");
        await conversation.SayAsync("CC Flandre Lys");
        await conversation.SayAsync(communes);
        return await conversation.SayAsync("oui");
    }
}
