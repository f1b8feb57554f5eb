namespace AutoDiag.Knowledge.Invitations;

/// <summary>Configuration section <c>Invitations</c>.</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>How long a code can be redeemed after it is created (<c>Invitations:ValidFor</c>, e.g. <c>7.00:00:00</c>).</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromDays(7);
}
