namespace AutoDiag.Knowledge.Reminders;

/// <summary>The <c>Reminders</c> section of the configuration (README « Rappels »).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The periodic check runs on this instance; « relancer » and « stop rappels » work either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Silence after which an unfinished interview is reminded: since the last message and since the last reminder.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Reminders in a row without an answer; the participant writing starts the count again.</summary>
    public int MaxCount { get; set; } = 3;

    /// <summary>How often the bot looks for reminders to send.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <exception cref="InvalidOperationException">A setting that cannot work, named.</exception>
    public ReminderOptions Validate()
    {
        if (Delay <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(Delay)} must be positive (e.g. 3.00:00:00), not {Delay}.");
        }
        if (CheckEvery <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(CheckEvery)} must be positive (e.g. 00:15:00), not {CheckEvery}.");
        }
        if (MaxCount < 0)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxCount)} cannot be negative ({MaxCount}); 0 turns the automatic reminders off.");
        }
        return this;
    }
}
