using NewsEntities.Resolution;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Resolution;

public sealed class RoleTests
{
    [Fact]
    public void A_pre_modifier_is_a_role()
    {
        var document = Run("French foreign minister Jean Dupont said talks would go on.");

        Assert.Contains("french foreign minister", ClusterOf(document, "Jean Dupont").Roles);
    }

    [Fact]
    public void A_title_case_title_with_an_organization_in_front_is_a_role()
    {
        var document = Run("Greenpeace spokesman Lars Holm and UN envoy Amara Diallo spoke.");

        Assert.Contains("greenpeace spokesman", ClusterOf(document, "Lars Holm").Roles);
        Assert.Contains("un envoy", ClusterOf(document, "Amara Diallo").Roles);
    }

    [Fact]
    public void An_of_phrase_in_a_pre_modifier_is_kept()
    {
        var document = Run("The plan was drafted by deputy chief of staff Omar Haddad last year.");

        Assert.Contains("deputy chief of staff", ClusterOf(document, "Omar Haddad").Roles);
    }

    [Fact]
    public void An_apposition_after_the_name_is_a_role()
    {
        var document = Run("Karl Berg, the head of the Fiscal Agency, said the budget was tight.");

        Assert.Contains("head of the fiscal agency", ClusterOf(document, "Karl Berg").Roles);
    }

    [Fact]
    public void An_apposition_before_the_name_is_a_role_without_its_bracketed_acronym()
    {
        var document = Run("He met the President of the Andean Trade Council (ATC), Luis Prado, on Friday.");

        Assert.Contains("president of the andean trade council", ClusterOf(document, "Luis Prado").Roles);
    }

    [Fact]
    public void A_list_of_people_gives_nobody_the_next_persons_title()
    {
        var document = Run("He met Foreign Minister Anna Berg, Defence Minister Piet Smit, and others.");

        Assert.Equal(["foreign minister"], ClusterOf(document, "Anna Berg").Roles);
    }
}
