namespace AutoDiag.Knowledge.CommuneProfiles;

public enum CommuneProfileField
{
    Population = 1,
    PopulationYear,
    Households,
    Services,
    Associations,
    Contact,
}
