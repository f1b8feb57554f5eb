namespace AutoDiag.Interview.Recognition;

/// <summary>The polite words around what people type, normalized (<see cref="Formatting.FrenchText.Normalize"/>).</summary>
internal static class Courtesy
{
    /// <summary>What may follow a command or a short answer without changing it: « récap svp », « c'est tout merci ».</summary>
    public static readonly IReadOnlySet<string> Trailing = new HashSet<string> { "svp", "stp", "merci", "moi", "s'il", "vous", "plait" };

    /// <summary>Where the words end once the courtesy after them is left out, <paramref name="start"/> at the least.</summary>
    public static int EndBeforeTrailing(string[] words, int start = 0)
    {
        var end = words.Length;
        while (end > start && Trailing.Contains(words[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// A message made only of these, one of them <see cref="Core"/>, says goodbye or thanks, whatever its length: « merci à
    /// vous », « très bien merci, bonne journée » — not « pour tout le monde ».
    /// </summary>
    public static readonly IReadOnlySet<string> Words = new HashSet<string>
    {
        "merci", "beaucoup", "bonne", "bon", "journee", "soiree", "week", "end", "a", "vous", "toi", "au", "revoir", "super",
        "tres", "bien", "parfait", "ok", "d'accord", "entendu", "cordialement", "bientot", "salut", "bonjour", "bonsoir", "oui",
        "non", "et", "encore", "top", "genial", "nickel", "svp", "stp", "tout", "le", "monde", "pour", "votre", "aide", "bcp",
    };

    /// <summary>The words of <see cref="Words"/> that are courteous by themselves.</summary>
    private static readonly IReadOnlySet<string> Core = new HashSet<string>
    {
        "merci", "journee", "soiree", "revoir", "super", "bien", "parfait", "ok", "d'accord", "entendu", "cordialement",
        "bientot", "salut", "bonjour", "bonsoir", "oui", "top", "genial", "nickel",
    };

    public static bool Thanks(IEnumerable<string> words) => words.Any(word => word is "merci" or "remercie");

    /// <summary>« bonjour », « salut »: opening a conversation, not closing one.</summary>
    public static bool Greets(IEnumerable<string> words) => words.Any(word => word is "bonjour" or "bonsoir" or "salut" or "hello" or "coucou");

    /// <summary>Thanks, a greeting or a goodbye and nothing else (normalized words).</summary>
    public static bool IsOnly(IReadOnlyCollection<string> words) =>
        words.Count > 0 && words.All(Words.Contains) && words.Any(Core.Contains);
}
