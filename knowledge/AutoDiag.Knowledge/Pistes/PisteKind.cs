namespace AutoDiag.Knowledge.Pistes;

/// <summary>What a piste is in its fiche.</summary>
public enum PisteKind
{
    Orientation,
    Action,
}
