namespace AutoDiag.Knowledge.Answers;

public enum RiskLevel
{
    Faible = 1,
    Modere = 2,
    Eleve = 3,
}
