using AutoDiag.Interview.Dialogs;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoDiag.Interview;

public static class InterviewServiceCollectionExtensions
{
    /// <summary>The conversation's dialogs. They hold no per-user state: that lives in the dialog stack and the database.</summary>
    public static IServiceCollection AddInterviewDialogs(this IServiceCollection services)
    {
        services.AddSingleton<CurrentParticipant>();
        services.AddSingleton<RecapFormatter>();
        services.AddSingleton<TextAnswerRecorder>();
        services.AddSingleton<AdditionOffer>();
        services.AddSingleton<RiskChangeOffer>();
        services.AddSingleton<IAcknowledgementAction, AnswerWithdrawalAction>();
        services.AddSingleton<IAcknowledgementAction, RiskChangeAction>();
        services.AddSingleton<IAcknowledgementAction, ThemeCorrectionAction>();
        services.AddSingleton<IAcknowledgementAction, AddendumAction>();
        services.AddSingleton<OnboardingDialog>();
        services.AddSingleton<CommuneInterviewDialog>();
        services.AddSingleton<CommuneProfileDialog>();
        services.AddSingleton<RelayDialog>();
        services.AddSingleton<OverviewDialog>();
        services.AddSingleton<ReviewDialog>();
        services.AddSingleton<TestimonyDialog>();
        services.AddSingleton<CalendarDialog>();
        services.AddSingleton<DocumentsDialog>();
        services.AddSingleton<ReminderDialog>();
        services.TryAddSingleton<IChannelMemberDirectory, TeamsChannelMemberDirectory>();
        services.AddSingleton<InvitationCodeDialog>();
        services.AddSingleton<InviteDialog>();
        services.AddSingleton<MainDialog>();
        return services;
    }
}
