namespace AutoDiag.Knowledge.Territories;

/// <summary>How a typed name relates to the known names.</summary>
public enum NameMatchKind
{
    /// <summary>Same name once case, accents, separators, « St » and a leading article are set aside.</summary>
    Exact,

    /// <summary>One name is close: a small typo, or the beginning of a single name.</summary>
    Close,

    /// <summary>Several names fit equally well: the user must choose.</summary>
    Ambiguous,

    /// <summary>No name fits; the candidates are suggestions, possibly none.</summary>
    NotFound,
}
