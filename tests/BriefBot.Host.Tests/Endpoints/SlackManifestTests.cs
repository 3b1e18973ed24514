using System.Runtime.CompilerServices;
using BriefBot.Slack;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>
/// The shipped manifests must declare the default command names and scopes: slack-manifest.yaml for Socket Mode
/// (the recommended setup, no URLs), slack-manifest.http.yaml pointing Slack at the routes the host maps.
/// </summary>
public sealed class SlackManifestTests
{
    private static readonly string[] Scopes = ["- commands", "- chat:write", "- chat:write.public", "- channels:history", "- metadata.message:read"];

    private static string Manifest(string file, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "deploy", file));

    private static void AssertDefaultCommandsAndScopes(string manifest)
    {
        var defaults = new SlackOptions();
        Assert.Contains("command: " + defaults.WhoCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Contains("command: " + defaults.TimelineCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Contains("command: " + defaults.DigestCommand + "\n", manifest, StringComparison.Ordinal);
        Assert.Contains("command: " + defaults.ShelfCommand + "\n", manifest, StringComparison.Ordinal);
        foreach (var scope in Scopes)
        {
            Assert.Contains(scope, manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_socket_mode_manifest_declares_the_default_commands_and_scopes_without_urls()
    {
        var manifest = Manifest("slack-manifest.yaml");

        AssertDefaultCommandsAndScopes(manifest);
        Assert.Contains("socket_mode_enabled: true\n", manifest, StringComparison.Ordinal);
        Assert.Contains("is_enabled: true\n", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("url:", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("YOUR-HOST", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void The_http_manifest_declares_the_default_commands_routes_and_scopes()
    {
        var manifest = Manifest("slack-manifest.http.yaml");

        AssertDefaultCommandsAndScopes(manifest);
        Assert.Equal(5, manifest.Split("url: https://YOUR-HOST/slack/commands").Length - 1);
        Assert.Contains("request_url: https://YOUR-HOST/slack/interactivity", manifest, StringComparison.Ordinal);
        Assert.Contains("socket_mode_enabled: false\n", manifest, StringComparison.Ordinal);
    }
}
