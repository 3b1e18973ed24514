using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Discord.Tests.Rest;

public sealed class CommandRegistrarTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_registration_creates_who_timeline_digest_shelf_and_ask_globally()
    {
        await using var discord = await DiscordServices.StartAsync([]);

        var result = await discord.Registrar.RegisterAsync(Ct);

        Assert.True(result.WasSent);
        Assert.Equal(["who", "timeline", "digest", "shelf", "ask"], result.Created);
        Assert.Equal("global", result.Scope);
        var commands = discord.Discord.Commands("global")!;
        Assert.Equal(["who", "timeline", "digest", "shelf", "ask"], commands.Select(c => (string)c!["name"]!));
        Assert.Equal(["subscribe", "list", "preview", "send", "unsubscribe"], commands[2]!["options"]![0]!["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(["period", "actor", "export", "chart"], commands[1]!["options"]!.AsArray().Select(o => (string)o!["name"]!));
        Assert.Equal(["ics", "csv", "json"], commands[1]!["options"]![2]!["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.True((bool)commands[0]!["options"]![0]!["autocomplete"]!);
        Assert.Equal(["name", "chart"], commands[0]!["options"]!.AsArray().Select(o => (string)o!["name"]!));
        Assert.Equal(["png"], commands[0]!["options"]![1]!["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(["png"], commands[1]!["options"]![3]!["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal("question", (string)commands[4]!["options"]![0]!["name"]!);
    }

    [Fact]
    public async Task Registering_again_with_unchanged_definitions_sends_nothing()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        await discord.Registrar.RegisterAsync(Ct);

        var again = await discord.Registrar.RegisterAsync(Ct);

        Assert.False(again.WasSent);
        Assert.Equal(["who", "timeline", "digest", "shelf", "ask"], again.Unchanged);
        Assert.Single(discord.Discord.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task A_changed_or_stray_command_is_overwritten_and_reported()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        await discord.Registrar.RegisterAsync(Ct);
        var stale = discord.Discord.Commands("global")!;
        stale[0]!["description"] = "An older description";
        stale.Add(new System.Text.Json.Nodes.JsonObject { ["name"] = "oldcommand", ["description"] = "Old" });
        await PutAsync(discord, stale.ToJsonString());

        var result = await discord.Registrar.RegisterAsync(Ct);

        Assert.True(result.WasSent);
        Assert.Equal(["who"], result.Updated);
        Assert.Equal(["oldcommand"], result.Deleted);
        Assert.Equal(5, discord.Discord.Commands("global")!.Count);
    }

    [Fact]
    public async Task With_a_guild_id_commands_are_registered_in_that_guild_only()
    {
        await using var discord = await DiscordServices.StartAsync([], new Dictionary<string, string?> { ["Discord:GuildId"] = InteractionPayloads.GuildId });

        var result = await discord.Registrar.RegisterAsync(Ct);

        Assert.Equal($"guild {InteractionPayloads.GuildId}", result.Scope);
        Assert.NotNull(discord.Discord.Commands(InteractionPayloads.GuildId));
        Assert.Null(discord.Discord.Commands("global"));
        Assert.Contains(discord.Discord.Requests, r => r.Method == "PUT" && r.Path.EndsWith($"/guilds/{InteractionPayloads.GuildId}/commands", StringComparison.Ordinal));
    }

    private static async Task PutAsync(DiscordServices discord, string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(discord.Discord.ApiBaseUrl + $"/applications/{InteractionPayloads.ApplicationId}/commands"))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Authorization", "Bot test");
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (test, 1)");
        (await http.SendAsync(request, Ct)).EnsureSuccessStatusCode();
    }
}
