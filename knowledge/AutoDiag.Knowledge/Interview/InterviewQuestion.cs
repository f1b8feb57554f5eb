using System.Globalization;

namespace AutoDiag.Knowledge.Interview;

/// <summary>One question of the interview. Its <see cref="Key"/> travels in dialog state and card submits.</summary>
public sealed record InterviewQuestion(int CommuneId, InterviewStep Step, string? ThemeId)
{
    public string Key => $"{CommuneId.ToString(CultureInfo.InvariantCulture)}:{Step}:{ThemeId}";

    public static InterviewQuestion Parse(string key)
    {
        var parts = key.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var communeId)
            || !Enum.TryParse<InterviewStep>(parts[1], out var step))
        {
            throw new FormatException($"Not an interview question key: '{key}'.");
        }
        return new InterviewQuestion(communeId, step, parts[2].Length == 0 ? null : parts[2]);
    }
}
