using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>« aide », « récap », « pause », « reprendre », « annuler » at every step, and resuming days later.</summary>
public sealed class InterruptionTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string> Steps => new()
    {
        // A step of the interview, and the progress line its question shows.
        { "difficultés", "Commune 1/1 · Merville · difficultés" },
        { "ressources", "Commune 1/1 · Merville · ressources" },
        { "risque", "Commune 1/1 · Merville · risque d'aggravation · thème 1/3" },
        { "thèmes non abordés", "Commune 1/1 · Merville · thèmes non abordés" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_explains_then_asks_the_same_question_again(string step, string progress)
    {
        var elu = await ReachAsync(step);

        var help = await elu.SayAsync("aide");

        help.Said("À tout moment : « pause »");
        Assert.Contains(progress, help.Question().Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Recap_shows_what_is_recorded_then_asks_the_same_question_again(string step, string progress)
    {
        var elu = await ReachAsync(step);

        var recap = await elu.SayAsync("récap");

        var summary = recap.Said("Ce qui est enregistré pour Merville :");
        Assert.Contains("Les jeunes sans permis ne peuvent pas aller à la Mission Locale (Mobilité, Insertion et emploi, Jeunesse)", summary.Text);
        Assert.Contains(progress, recap.Question().Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Pause_stops_and_a_later_message_resumes_at_the_exact_question(string step, string progress)
    {
        var elu = await ReachAsync(step);
        var asked = elu.Transcript[^1].Text;
        int answersBefore;
        await using (var db = host.OpenDatabase())
        {
            answersBefore = await db.Answers.CountAsync();
        }

        var pause = await elu.SayAsync("pause");
        pause.Said($"vous reprendrez ici : {progress}.");

        var resumed = await elu.SayAsync("reprendre");
        // Asked for, maybe a minute after the pause: not « Bon retour ! ».
        Assert.Equal("Reprenons où vous en étiez.", resumed[0].Text);
        Assert.Contains(progress, resumed.Question().Text);
        if (asked.Contains("Une autre difficulté ?", StringComparison.Ordinal))
        {
            // A follow-up comes back whole, saying what is noted already: the élu may not remember where they were.
            Assert.Contains("Une difficulté est déjà notée. Quelles difficultés sociales observez-vous à Merville ?", resumed.Question().Text);
        }
        else
        {
            Assert.Equal(asked, resumed.Question().Text);
        }
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(answersBefore, await db.Answers.CountAsync());
        }
    }

    /// <summary>
    /// What a bot killed in the turn of « J'ai terminé » leaves: the section's completion committed, the conversation
    /// still waiting on the difficulties. « reprendre » must ask what the stored answers lead to.
    /// </summary>
    [Fact]
    public async Task Resume_asks_the_question_the_stored_answers_lead_to_when_the_saved_dialog_is_behind()
    {
        var elu = await ReachAsync("difficultés");
        await using (var db = host.OpenDatabase())
        {
            var participantId = await db.Participants.Where(p => p.DisplayName == "Marie Dupont").Select(p => p.Id).SingleAsync();
            var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
            var profile = await host.Services.GetRequiredService<ParticipantDirectory>().GetAsync(participantId);
            await host.Services.GetRequiredService<InterviewService>().CompleteSectionAsync(profile!, merville, InterviewSection.Difficulties);
        }

        var resumed = await elu.SayAsync("reprendre");

        Assert.Contains("Commune 1/1 · Merville · ressources", resumed.Question().Text);
        var answered = await elu.SayAsync("Une épicerie solidaire tenue par des bénévoles");
        answered.Said("Merci, c'est noté.");
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(
                ["Difficulty: Les jeunes sans permis ne peuvent pas aller à la Mission Locale", "Resource: Une épicerie solidaire tenue par des bénévoles"],
                await db.Answers.OrderBy(a => a.Id).Select(a => $"{a.Kind}: {a.Text}").ToListAsync());
        }
    }

    [Fact]
    public async Task Recap_in_the_middle_of_the_difficulties_lists_them_with_their_themes()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        var recap = await elu.SayAsync("recap");

        var summary = recap.Said("Ce qui est enregistré pour Merville :");
        Assert.Contains("• Beaucoup de familles au RSA (Précarité)", summary.Text);
        Assert.Contains("Ressources : rien pour l'instant", summary.Text);
        Assert.Contains("Une autre difficulté ?", recap.Question().Text);
    }

    [Fact]
    public async Task Resume_in_a_new_conversation_after_a_restart_over_the_same_database()
    {
        var databasePath = host.DatabasePath;
        var elu = host.Conversation("aad-restart");
        await elu.OnboardEluAsync("Merville, Estaires");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("pause");
        await host.DisposeAsync();

        host = await BotTestHost.StartAsync(databasePath);
        var later = host.Conversation("aad-restart");
        var welcomeBack = await later.JoinAsync();

        welcomeBack.Said("Bon retour ! Reprenons où vous en étiez.");
        welcomeBack.Said("Commune 1/2 · Merville · ressources");
        welcomeBack.Said("Quelles ressources existent à Merville");
        (await later.SayAsync("La médiathèque propose des ateliers numériques")).Said("Noté");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Beaucoup de familles au RSA", "La médiathèque propose des ateliers numériques"],
            await db.Answers.OrderBy(a => a.Id).Select(a => a.Text).ToListAsync());
    }

    [Fact]
    public async Task A_description_sent_while_paused_is_offered_to_be_added_to_the_commune_in_progress_not_filed_under_the_open_question()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("pause");

        var back = await elu.SayAsync("Les jeunes traînent le soir");

        back.Said("Bon retour ! Reprenons où vous en étiez.");
        var offer = back.Said("Je n'ai pas encore enregistré ce message : voulez-vous l'ajouter à l'état des lieux de Merville ?");
        Assert.Contains("Commune 1/1 · Merville · ressources", back.Question().Text);
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(["Beaucoup de familles au RSA"], await db.Answers.Select(a => a.Text).ToListAsync());
        }

        var added = await elu.SubmitAsync(offer.Submit("Comme difficulté"));

        Assert.Contains("Commune 1/1 · Merville · ressources", added.Question().Text);
        await using var after = host.OpenDatabase();
        Assert.Equal([("Beaucoup de familles au RSA", AnswerKind.Difficulty), ("Les jeunes traînent le soir", AnswerKind.Difficulty)],
            (await after.Answers.OrderBy(a => a.Id).ToListAsync()).Select(a => (a.Text, a.Kind)));
    }

    [Fact]
    public async Task With_several_communes_the_offer_on_coming_back_checks_the_commune_in_progress_and_takes_another()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville, Estaires");
        await elu.SayAsync("pause");

        var back = await elu.SayAsync("À Estaires les personnes âgées sont isolées");

        var offer = back.Said("voulez-vous l'ajouter à votre état des lieux, et pour quelle commune ?");
        var estaires = offer.CardChoiceValue("Estaires");
        Assert.Equal(offer.CardChoiceValue("Merville"), (string?)offer.Card!.SelectToken("$.body[?(@.type == 'Input.ChoiceSet')].value"));
        await elu.SubmitAsync(offer.Submit("Comme difficulté", ("communeId", estaires)));

        await using var db = host.OpenDatabase();
        var stored = await db.Answers.SingleAsync();
        Assert.Equal(("À Estaires les personnes âgées sont isolées", int.Parse(estaires, System.Globalization.CultureInfo.InvariantCulture)), (stored.Text, stored.CommuneId));
    }

    [Theory]
    [InlineData("Jean Martin")]
    [InlineData("reprende")]
    [InlineData("c'est quoi une ressource")]
    public async Task Other_text_sent_while_paused_is_not_recorded_and_the_user_is_told(string typed)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("pause");

        var back = await elu.SayAsync(typed);

        back.Said("je n'ai pas enregistré ce message");
        Assert.DoesNotContain(back, reply => reply.Text.Contains("voulez-vous l'ajouter", StringComparison.Ordinal));
        back.Said("Commune 1/1 · Merville · difficultés");
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Answers.ToListAsync());
    }

    [Fact]
    public async Task A_command_typed_in_the_middle_of_the_interview_is_never_recorded_as_an_answer()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        (await elu.SayAsync("inviter")).Said("Seuls les consultants et les administrateurs de la démarche peuvent inviter des participants.");
        (await elu.SayAsync("saisir pour un élu")).Said("La saisie pour le compte d'un élu est réservée aux secrétaires de mairie et aux consultants.");

        var back = await elu.SayAsync("reprendre");
        Assert.Contains("Commune 1/1 · Merville · difficultés", back.Question().Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Answers.ToListAsync());
    }

    [Fact]
    public async Task Pause_twice_says_it_is_already_paused()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("pause");

        (await elu.SayAsync("pause")).Said("Nous sommes déjà en pause.");
    }

    [Fact]
    public async Task Cancel_while_paused_says_no_question_is_open()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("pause");

        (await elu.SayAsync("annuler")).Said("Il n'y a pas de question en cours à annuler. Écrivez « reprendre » quand vous voulez continuer.");
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("annuler")]
    public async Task Pause_or_cancel_with_the_etat_des_lieux_complete_says_nothing_is_running(string command)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        await elu.AnswerUntilAsync(await elu.SayAsync("élevé"), "L'état des lieux est complet");

        var reply = await elu.SayAsync(command);

        Assert.Equal("Il n'y a rien en cours. Écrivez « aide » pour voir ce que vous pouvez faire.", Assert.Single(reply).Text);
    }

    [Fact]
    public async Task A_consultant_asking_for_a_recap_or_a_pause_is_told_what_applies_to_them()
    {
        await host.RegisterConsultantAndEluAsync();
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);

        var recap = await consultant.SayAsync("récap");

        Assert.Equal(
            "« récap » montre à un élu ou à une secrétaire de mairie ses propres réponses. Pour les réponses de l'intercommunalité : « vue d'ensemble ».",
            Assert.Single(recap).Text);
        Assert.Equal("Il n'y a rien en cours. Écrivez « aide » pour voir ce que vous pouvez faire.", Assert.Single(await consultant.SayAsync("pause")).Text);
    }

    [Fact]
    public async Task Cancel_during_onboarding_registers_nothing_and_starts_over_next_time()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");

        (await elu.SayAsync("annuler")).Said("C'est annulé.");

        await using (var db = host.OpenDatabase())
        {
            Assert.Empty(await db.Participants.ToListAsync());
        }
        (await elu.SayAsync("reprendre")).Said("Pour commencer, quel est votre rôle ?");
    }

    [Fact]
    public async Task Help_during_onboarding_asks_the_same_question_again()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");

        var help = await elu.SayAsync("aide");

        help.Said("À tout moment : « pause »");
        Assert.Equal("Pour commencer, quel est votre rôle ?", help.Question().Text);
    }

    /// <summary>Onboards an élu of Merville with one difficulty recorded, then goes to the step asked.</summary>
    private async Task<TestConversation> ReachAsync(string step)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale");
        if (step == "difficultés")
        {
            return elu;
        }

        await elu.SayAsync("J'ai terminé");
        if (step == "ressources")
        {
            return elu;
        }

        await elu.SayAsync("J'ai terminé");
        if (step == "risque")
        {
            return elu;
        }

        await elu.SayAsync("élevé");
        await elu.SayAsync("faible");
        await elu.SayAsync("faible");
        return elu;
    }
}
