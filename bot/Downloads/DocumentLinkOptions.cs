namespace AutoDiag.Bot.Downloads;

/// <summary>Settings of the download links (section « Downloads »).</summary>
public sealed class DocumentLinkOptions
{
    public const string SectionName = "Downloads";

    /// <summary>How long a link works once sent.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The bot's public address (« https://autodiag.example.fr »). When empty, the address the channel used to
    /// reach the bot for the turn, which is right whenever the bot is reached directly.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
