using System.Text.Json;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using Xunit;
using static BriefBot.TestKit.Discord.InteractionPayloads;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>Signed interactions answered by the real commands from a knowledge base built from test articles.</summary>
public sealed class DiscordKnowledgeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer("""
            - name: Sylvania
              kind: state
              demonyms: [Sylvanian]
            - name: Rufus Firefly
              kind: person
            - name: Teasdale Firefly
              kind: person
            """)
        .WithArticle("harbour", "Crisis at Port Marl", "2031-06-10", """
            On June 2, 2031, Sylvanian gunboats shelled Port Marl, and President Rufus Firefly condemned the attack.

            Former President Teasdale Firefly had warned Sylvania in 2029. Firefly said the harbour would reopen.
            """);

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task Who_answers_from_the_knowledge_base_with_cited_sources()
    {
        using var shelf = Shelf();
        await using var host = await DiscordHost.StartWithKnowledgeAsync(shelf);

        using var response = await host.PostAsync(Command("who", ("name", "rufus firefly")));
        var data = (await JsonOf(response)).GetProperty("data");

        var embeds = data.GetProperty("embeds");
        Assert.Equal("Rufus Firefly", embeds[0].GetProperty("title").GetString());
        Assert.Contains(embeds.EnumerateArray(), e => e.GetRawText().Contains("Crisis at Port Marl", StringComparison.Ordinal));
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.Empty(DiscordRules.Message(data));
    }

    [Fact]
    public async Task A_shared_surname_offers_a_menu_and_picking_shows_that_card()
    {
        using var shelf = Shelf();
        await using var host = await DiscordHost.StartWithKnowledgeAsync(shelf);

        using var asked = await host.PostAsync(Command("who", ("name", "Firefly")));
        var menu = (await JsonOf(asked)).GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        var teasdale = menu.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("label").GetString() == "Teasdale Firefly");
        using var picked = await host.PostAsync(Select(teasdale.GetProperty("value").GetString()!));
        var json = await JsonOf(picked);

        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("Teasdale Firefly", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Timeline_lists_the_dated_events_and_autocomplete_offers_periods_with_events()
    {
        using var shelf = Shelf();
        await using var host = await DiscordHost.StartWithKnowledgeAsync(shelf);

        using var timeline = await host.PostAsync(Command("timeline", ("period", "2031-06")));
        using var suggest = await host.PostAsync(Autocomplete("timeline", "period", "2031"));
        var answer = (await JsonOf(timeline)).GetProperty("data").GetProperty("embeds")[0].GetRawText();
        var choices = (await JsonOf(suggest)).GetProperty("data").GetProperty("choices");

        Assert.Contains("2 June 2031", answer, StringComparison.Ordinal);
        Assert.Contains(choices.EnumerateArray(), c => c.GetProperty("value").GetString() == "2031-06");
    }

    [Fact]
    public async Task An_unknown_name_is_answered_only_to_the_asker()
    {
        using var shelf = Shelf();
        await using var host = await DiscordHost.StartWithKnowledgeAsync(shelf);

        using var response = await host.PostAsync(Command("who", ("name", "@everyone")));
        var data = (await JsonOf(response)).GetProperty("data");

        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.DoesNotContain("@everyone", data.GetRawText().Replace("@\\u200Beveryone", "", StringComparison.Ordinal).Replace("@\u200Beveryone", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
