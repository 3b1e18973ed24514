using System.Runtime.CompilerServices;
using BriefBot.Slack;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>The shipped manifest must point Slack at the routes the host maps, for the default command names.</summary>
public sealed class SlackManifestTests
{
    private static string Manifest([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "deploy", "slack-manifest.yaml"));

    [Fact]
    public void The_manifest_declares_the_default_commands_routes_and_scopes()
    {
        var manifest = Manifest();
        var defaults = new SlackOptions();

        Assert.Contains("command: " + defaults.WhoCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Contains("command: " + defaults.TimelineCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Contains("command: " + defaults.DigestCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Equal(3, manifest.Split("url: https://YOUR-HOST/slack/commands").Length - 1);
        Assert.Contains("request_url: https://YOUR-HOST/slack/interactivity", manifest, StringComparison.Ordinal);
        foreach (var scope in new[] { "- commands", "- chat:write", "- chat:write.public", "- channels:history", "- metadata.message:read" })
        {
            Assert.Contains(scope, manifest, StringComparison.Ordinal);
        }
    }
}
