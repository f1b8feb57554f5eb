using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>Only the consultants (and administrators) of the intercommunalité get its fiche synthèse.</summary>
public sealed class FicheSyntheseAccessTests(SynthesisFixture fixture) : IClassFixture<SynthesisFixture>
{
    [Fact]
    public async Task A_consultant_of_the_intercommunality_gets_it()
    {
        var fiche = await fixture.Service.BuildAsync(fixture.Data.Consultant, fixture.Data.IntercommunalityId);

        Assert.Equal("CC Flandre Lys", fiche.IntercommunalityName);
    }

    [Fact]
    public async Task An_administrator_of_the_intercommunality_gets_it()
    {
        var administrator = fixture.Data.Consultant with { Id = fixture.Data.Consultant.Id, Role = ParticipantRole.Administrator };

        var documents = await fixture.Service.GenerateAsync(administrator, fixture.Data.IntercommunalityId);

        Assert.NotEmpty(documents.Markdown);
    }

    public static TheoryData<string> Refused => ["élu", "secrétaire", "consultant ailleurs"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Others_are_refused_for_the_model_and_the_documents(string who)
    {
        var viewer = who switch
        {
            "élu" => fixture.Data.Anne,
            "secrétaire" => fixture.Data.Berenice,
            _ => fixture.Data.OtherConsultant,
        };

        var refusal = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Service.BuildAsync(viewer, fixture.Data.IntercommunalityId));
        Assert.Equal(ProtectedAction.Review, refusal.Action);
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Service.GenerateAsync(viewer, fixture.Data.IntercommunalityId));
    }

    [Fact]
    public async Task An_unknown_intercommunality_is_refused_like_another_one()
    {
        var consultant = fixture.Data.Consultant with { OtherIntercommunalityIds = [987_654] };

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Service.BuildAsync(consultant, 987_654));
    }
}
