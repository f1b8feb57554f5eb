using System.Security.Cryptography;

namespace AutoDiag.Knowledge.Invitations;

/// <summary>
/// Invitation codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), stored without dash
/// in upper case, shown as « K7P4-QX9M », and read back whatever the case and with or without the dash.
/// </summary>
public static class InvitationCode
{
    public const int Length = 8;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Generate() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>« K7P4-QX9M » for the stored « K7P4QX9M ».</summary>
    public static string Format(string code) =>
        code.Length == Length ? $"{code[..(Length / 2)]}-{code[(Length / 2)..]}" : code;

    /// <summary>
    /// The stored form of what was typed (« k7p4qx9m », « K7P4-QX9M », « k7p4 qx9m »), or null when it cannot be
    /// a code at all.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var compact = new string(typed.Trim().Where(c => c is not ('-' or ' ' or '\u00A0' or '\u2011' or '\u2010')).ToArray())
            .ToUpperInvariant();
        return compact.Length == Length && compact.All(c => Alphabet.Contains(c)) ? compact : null;
    }
}
