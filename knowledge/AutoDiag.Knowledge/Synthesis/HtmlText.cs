using System.Text;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>Recorded text made inert in HTML: the five characters that could open markup or leave an attribute are escaped.</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(ch) && ch is not ('\n' or '\t') => " ",
                _ => ch.ToString(),
            });
        }

        return builder.ToString();
    }
}
