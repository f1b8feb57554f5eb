namespace AutoDiag.Knowledge.Themes;

/// <summary>Finds the themes of a free-text answer (multi-label).</summary>
public interface IThemeCategorizer
{
    ThemeCategorization Categorize(string text);
}
