using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using Microsoft.Extensions.Logging;
using Moq;

namespace AutoDiag.Knowledge.Tests.Participants;

/// <summary>For each role, each action, on its own commune, another commune of its intercommunalité, another intercommunalité.</summary>
public sealed class AccessPolicyTests
{
    private const int FlandreLys = 1, HautAllier = 2;
    private const int Merville = 10, Estaires = 11, Langogne = 20;

    public enum Target { OwnCommune, OtherCommuneSameIntercommunality, OtherIntercommunality }

    public static TheoryData<ParticipantRole, ProtectedAction, Target, bool> Matrix()
    {
        var data = new TheoryData<ParticipantRole, ProtectedAction, Target, bool>();
        foreach (var role in new[] { ParticipantRole.Elu, ParticipantRole.SecretaireDeMairie })
        {
            foreach (var action in Enum.GetValues<ProtectedAction>())
            {
                var relaysOthers = action == ProtectedAction.RelayAnswers && role == ParticipantRole.SecretaireDeMairie;
                data.Add(role, action, Target.OwnCommune,
                    action is not (ProtectedAction.Export or ProtectedAction.RelayAnswers or ProtectedAction.Review or ProtectedAction.ManageParticipants
                        or ProtectedAction.Invite)
                    || relaysOthers);
                data.Add(role, action, Target.OtherCommuneSameIntercommunality, false);
                data.Add(role, action, Target.OtherIntercommunality, false);
            }
        }
        foreach (var role in new[] { ParticipantRole.Consultant, ParticipantRole.Administrator })
        {
            foreach (var action in Enum.GetValues<ProtectedAction>())
            {
                var allowed = action is ProtectedAction.ReadAnswers or ProtectedAction.Export or ProtectedAction.CorrectTags or ProtectedAction.RelayAnswers
                    or ProtectedAction.Review or ProtectedAction.Invite
                    // Exporting and erasing a participant's data: administrators only.
                    || (action == ProtectedAction.ManageParticipants && role == ParticipantRole.Administrator);
                data.Add(role, action, Target.OwnCommune, allowed);
                data.Add(role, action, Target.OtherCommuneSameIntercommunality, allowed);
                data.Add(role, action, Target.OtherIntercommunality, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decides_by_role_action_and_place(ParticipantRole role, ProtectedAction action, Target target, bool allowed)
    {
        var who = new ParticipantProfile(1, "aad", "Paul", role, FlandreLys, "CC Flandre Lys",
            role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie ? [new CommuneRef(Merville, "Merville")] : []);
        var (intercommunality, commune) = target switch
        {
            Target.OwnCommune => (FlandreLys, Merville),
            Target.OtherCommuneSameIntercommunality => (FlandreLys, Estaires),
            _ => (HautAllier, Langogne),
        };
        var logger = new Mock<ILogger<AccessPolicy>>();
        var policy = new AccessPolicy(logger.Object);

        Assert.Equal(allowed, AccessPolicy.Allows(who, action, intercommunality, commune));
        if (allowed)
        {
            policy.Demand(who, action, intercommunality, commune);
            logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Never);
        }
        else
        {
            var refused = Assert.Throws<AccessDeniedException>(() => policy.Demand(who, action, intercommunality, commune));
            Assert.Equal(action, refused.Action);
            Assert.DoesNotContain(commune.ToString(), refused.Message);
            logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
        }
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.SecretaireDeMairie)]
    [InlineData(ParticipantRole.Consultant)]
    [InlineData(ParticipantRole.Administrator)]
    public void Whoever_may_invite_has_roles_to_invite_and_the_others_none(ParticipantRole role)
    {
        var who = new ParticipantProfile(1, "aad", "Paul", role, FlandreLys, "CC Flandre Lys", [new CommuneRef(Merville, "Merville")]);

        Assert.Equal(AccessPolicy.Allows(who, ProtectedAction.Invite, FlandreLys, Merville), InvitationService.RolesInvitableBy(who).Count > 0);
    }

    [Fact]
    public void Only_an_administrator_of_the_intercommunality_manages_its_participants()
    {
        var administrator = new ParticipantProfile(1, "aad", "Alice", ParticipantRole.Administrator, FlandreLys, "CC Flandre Lys", []);
        var consultant = new ParticipantProfile(2, "aad2", "Claire", ParticipantRole.Consultant, FlandreLys, "CC Flandre Lys", [], [HautAllier]);

        Assert.True(AccessPolicy.Allows(administrator, ProtectedAction.ManageParticipants, FlandreLys, 0));
        Assert.False(AccessPolicy.Allows(administrator, ProtectedAction.ManageParticipants, HautAllier, 0));
        Assert.False(AccessPolicy.Allows(consultant, ProtectedAction.ManageParticipants, FlandreLys, 0));
        Assert.False(AccessPolicy.Allows(consultant, ProtectedAction.ManageParticipants, HautAllier, 0));
    }

    [Fact]
    public void A_consultant_following_several_intercommunalities_reads_each_of_them_and_no_other()
    {
        var consultant = new ParticipantProfile(1, "aad", "Claire", ParticipantRole.Consultant, FlandreLys, "CC Flandre Lys", [], [HautAllier]);

        Assert.True(AccessPolicy.Allows(consultant, ProtectedAction.ReadAnswers, HautAllier, Langogne));
        Assert.True(AccessPolicy.Allows(consultant, ProtectedAction.Export, FlandreLys, Merville));
        Assert.False(AccessPolicy.Allows(consultant, ProtectedAction.ReadAnswers, 3, 30));
    }
}
