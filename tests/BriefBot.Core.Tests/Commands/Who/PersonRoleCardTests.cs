using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who;

/// <summary>People added in a story answer /who with the role the story gives them, and not another person's.</summary>
public sealed class PersonRoleCardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer(Shelves.Gazetteer)
        .WithArticle("a", "Shipping results", "1987-06-01", "Harbour Shipping Inc expects steady results, deputy chairman Jonas Whitcombe said. Group president Petra Lindqvist said the firm would buy more ships.")
        .WithArticle("b", "Envoy visits", "1987-06-02", "The envoy met Prime Minister Ottilie Brandvold, Finance Minister Casimir Oakhurst, central bank governor Tomas Vell and other officials in Fredville.")
        .WithArticle("c", "Forecast", "1987-06-03", "\"Demand will pick up,\" said Marguerite Ashdown, senior managing director of Harbour Research Institute.");

    [Theory]
    [InlineData("/who Jonas Whitcombe", "deputy chairman")]
    [InlineData("/who Petra Lindqvist", "Group president")]
    [InlineData("/who Marguerite Ashdown", "senior managing director of Harbour Research Institute")]
    public async Task A_person_answers_with_the_role_written_beside_the_name(string command, string role)
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.StartsWith("Person · " + role, reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_person_in_a_list_of_titled_names_is_not_the_first_ones_role()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Ottilie Brandvold", Ct);

        var roles = reply.Sections.Single(s => s.Heading == "Roles").Lines.Select(l => l.PlainText).ToList();
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("Prime Minister", reply.Summary, StringComparison.Ordinal);
        Assert.Single(roles);
        Assert.DoesNotContain(roles, r => r.Contains("Oakhurst", StringComparison.Ordinal));
    }
}
