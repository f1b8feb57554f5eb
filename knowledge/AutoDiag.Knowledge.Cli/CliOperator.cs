using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// Who the command line acts as: an administrator of the intercommunalité concerned. It runs on the server with the
/// database's own rights; the domain services still check and log every action as for anyone else.
/// </summary>
internal static class CliOperator
{
    public static ParticipantProfile For(int intercommunalityId, string intercommunalityName) =>
        new(0, null, "ligne de commande", ParticipantRole.Administrator, intercommunalityId, intercommunalityName, []);
}
