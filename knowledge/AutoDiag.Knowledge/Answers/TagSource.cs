namespace AutoDiag.Knowledge.Answers;

public enum TagSource
{
    Automatic = 1,
    /// <summary>Set by a person; always wins over an automatic tag.</summary>
    Human = 2,
}
