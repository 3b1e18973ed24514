using BriefBot.Host.Cli;
using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class RegisterVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Settings(FakeDiscordServer discord, InteractionSigner signer) =>
    [
        "--Discord:PublicKey", signer.PublicKeyHex,
        "--Discord:ApplicationId", InteractionPayloads.ApplicationId,
        "--Discord:BotToken", "test-bot-token",
        "--Discord:ApiBaseUrl", discord.ApiBaseUrl.AbsoluteUri,
    ];

    [Fact]
    public async Task Register_creates_the_commands_then_reports_them_up_to_date()
    {
        await using var discord = await FakeDiscordServer.StartAsync(Ct);
        using var signer = new InteractionSigner();
        using var first = new StringWriter();
        using var second = new StringWriter();

        var firstCode = await RegisterVerb.RunAsync(Settings(discord, signer), first, Ct);
        var secondCode = await RegisterVerb.RunAsync(Settings(discord, signer), second, Ct);

        Assert.Equal((0, 0), (firstCode, secondCode));
        Assert.Equal("Commands registered (global): created /who, /timeline, /digest, /shelf, /ask; updated none; deleted none; unchanged none.", first.ToString().Trim());
        Assert.Equal("Commands already up to date (global): /who, /timeline, /digest, /shelf, /ask.", second.ToString().Trim());
        Assert.Single(discord.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Register_without_Discord_settings_is_a_usage_error()
    {
        using var output = new StringWriter();

        var code = await RegisterVerb.RunAsync([], output, Ct);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Register_with_a_malformed_setting_fails_with_exit_code_one()
    {
        using var output = new StringWriter();

        var code = await RegisterVerb.RunAsync(["--Discord:PublicKey", "nope", "--Discord:ApplicationId", "1", "--Discord:BotToken", "t"], output, Ct);

        Assert.Equal(1, code);
    }
}
