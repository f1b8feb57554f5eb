namespace AutoDiag.Knowledge.Synthesis;

public enum EnjeuKind
{
    /// <summary>How many communes raised the theme, how many answers, how high the risk: the axis's first enjeu.</summary>
    Constat = 1,
    /// <summary>A short excerpt of élus' or secrétaires' answers (identical answers of several communes merged).</summary>
    Extrait = 2,
    /// <summary>The reason an élu gave with a risk level (« la ligne ferme en juin »).</summary>
    RisqueCommente = 3,
}
