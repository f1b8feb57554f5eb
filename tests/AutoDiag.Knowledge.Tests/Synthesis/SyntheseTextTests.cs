using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Knowledge.Tests.Synthesis;

public sealed class SyntheseTextTests
{
    [Fact]
    public void A_preconisation_typed_as_a_list_gives_its_items_without_their_markers_and_keeps_what_begins_a_text()
    {
        const string typed = "- Développer l'aide au permis\n• Créer une plateforme\n  * Un transport à la demande\n1. Un\n2) Deux\n"
            + "**Aide au permis** et covoiturage\n-20 % de places en crèche\n\n";

        Assert.Equal(
            ["Développer l'aide au permis", "Créer une plateforme", "Un transport à la demande", "Un", "Deux",
             "**Aide au permis** et covoiturage", "-20 % de places en crèche"],
            SyntheseText.Items(typed));
    }
}
