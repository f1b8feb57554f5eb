namespace AutoDiag.Knowledge.Testimonies;

/// <summary>Why a testimony was not stored; the bot words it.</summary>
public enum TestimonyProblem
{
    None,
    /// <summary>No structure named.</summary>
    StructureMissing,
    /// <summary>The structure's name is longer than <see cref="TestimonyService.StructureMaxLength"/>.</summary>
    StructureTooLong,
    /// <summary>Perceptions, enjeux and préconisations are all empty.</summary>
    NothingSaid,
    /// <summary>One of the three texts is longer than <see cref="TestimonyService.TextMaxLength"/>.</summary>
    TextTooLong,
}
