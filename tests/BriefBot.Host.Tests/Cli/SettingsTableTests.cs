using System.Text.RegularExpressions;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

/// <summary>
/// Every setting of the README's configuration tables, given a value that cannot be used, stops the host with
/// one line naming the setting (both spellings) and what it accepts, exit code 1, no stack trace.
/// </summary>
public sealed partial class SettingsTableTests
{
    /// <summary>Settings whose every value is usable (free text), so no bad value exists to try.</summary>
    private static readonly string[] FreeText = ["Shelf:Feeds:0:Name", "Digests:Subscriptions:0:Actors"];

    private const string LocalApi = "http://127.0.0.1:9/api";

    // Discord and Slack are validated only when on; these turn them on with usable values and keep every call local.
    private static readonly string[] DiscordOn = ["--Discord:BotToken", "token", "--Discord:ApplicationId", "111111111111111111", "--Discord:ApiBaseUrl", LocalApi, "--Discord:RegisterCommandsOnStart", "false"];
    private static readonly string[] SlackOn = ["--Slack:SigningSecret", "0123456789abcdef0123456789abcdef", "--Slack:ApiBaseUrl", LocalApi, "--Slack:CheckTokenOnStart", "false"];

    /// <summary>Setting, a bad value ({file} and {dir} stand for an existing file and folder), and words of what it accepts.</summary>
    public static TheoryData<string, string, string> BadValues() => new()
    {
        { "Knowledge:Directory", "{file}", "folder" },
        { "Knowledge:DatabasePath", "{dir}", "file" },
        { "Knowledge:WatchForChanges", "maybe", "true or false" },
        { "Urls", "notaurl", "http://" },
        { "Digests:StatePath", "{dir}", "file" },
        { "State:Provider", "mysql", "litedb (the default, one file) or postgres" },
        { "State:ConnectionString", "Host=127.0.0.1;Database=briefbot", "State__Provider=postgres" },
        { "DeferredAnswers:Lease", "00:00:00.100", "00:00:00.300" },
        { "DeferredAnswers:SweepEvery", "soon", "00:00:02" },
        { "DeferredAnswers:ClaimPerSweep", "0", "at least 1" },
        { "Digests:OutboxDirectory", "{file}", "folder" },
        { "Digests:Subscriptions:0:Platform", "teams", "outbox, discord or slack" },
        { "Digests:Subscriptions:0:Channel", " ", "channel id" },
        { "Digests:Subscriptions:0:Schedule", "monday 25:00 UTC", "for example monday 09:00" },
        { "Digests:Subscriptions:0:Schedule", "monday 09:00 Mars/Olympus", "time zone" },
        { "Shelf:Feeds:0:Url", "notaurl", "http(s)" },
        { "Shelf:Feeds:0:Every", "fortnight", "30m" },
        { "Shelf:DefaultEvery", "soon", "30m" },
        { "Shelf:AllowedHosts:0", "not a host!", "host" },
        { "Shelf:FirstImportLimit", "many", "whole number" },
        { "Shelf:FirstImportLimit", "0", "at least 1" },
        { "Shelf:MaxBytes", "10", "at least 1024" },
        { "Shelf:Timeout", "soon", "00:00:02" },
        { "Shelf:Timeout", "-00:00:01", "positive" },
        { "Shelf:MaxRedirects", "-1", "0 or more" },
        { "Shelf:PerHostInterval", "-00:00:01", "0 or more" },
        { "Shelf:FirstBackoff", "00:00:00", "positive" },
        { "Shelf:MaxBackoff", "00:01:00", "Shelf:FirstBackoff" },
        { "Logging:LogLevel:Default", "Loud", "Information" },
        { "Logging:Console:FormatterName", "fancy", "json" },
        { "Discord:ApplicationId", "abc", "digits" },
        { "Discord:BotToken", "Bot has spaces", "without spaces" },
        { "Discord:Transport", "pigeon", "gateway" },
        { "Discord:PublicKey", "not-hex", "64 hexadecimal" },
        { "Discord:ShardId", "5", "Discord:ShardCount" },
        { "Discord:ShardCount", "two", "whole number" },
        { "Discord:ShardIds", "1,1", "separated by commas" },
        { "Discord:ShardLease", "00:00:00", "00:00:01" },
        { "Discord:GuildId", "abc", "digits" },
        { "Discord:ApiBaseUrl", "ftp://discord.example", "http(s)" },
        { "Discord:AcknowledgeWithin", "00:00:05", "00:00:02.500" },
        { "Discord:RegisterCommandsOnStart", "maybe", "true or false" },
        { "Slack:AppToken", "xoxb-123", "xapp-" },
        { "Slack:SigningSecret", "short", "signing secret" },
        { "Slack:BotToken", "xoxb has spaces", "xoxb-" },
        { "Slack:ApiBaseUrl", "notaurl", "http(s)" },
        { "Slack:WhoCommand", "who", "slash command" },
        { "Slack:TimelineCommand", "timeline", "slash command" },
        { "Slack:AskCommand", "ask", "slash command" },
        { "Slack:DigestCommand", "digest", "slash command" },
        { "Slack:ShelfCommand", "shelf", "slash command" },
        { "Slack:Admins:0", "bob", "U0123ABCD" },
        { "Slack:AcknowledgeWithin", "00:00:09", "00:00:02.500" },
        { "Slack:CheckTokenOnStart", "maybe", "true or false" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_stops_serve_with_one_line_naming_the_setting_and_what_it_takes(string setting, string value, string accepted)
    {
        using var shelf = new TestShelf();
        var file = Path.Combine(shelf.Root, "a-file");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        value = value.Replace("{file}", file, StringComparison.Ordinal).Replace("{dir}", shelf.Root, StringComparison.Ordinal);
        string[] platform = setting.StartsWith("Discord:", StringComparison.Ordinal) ? DiscordOn
            : setting.StartsWith("Slack:", StringComparison.Ordinal) ? SlackOn
            : setting.StartsWith("Shelf:Feeds:0:", StringComparison.Ordinal) && setting != "Shelf:Feeds:0:Url" ? ["--Shelf:Feeds:0:Url", "http://127.0.0.1:9/feed.xml"]
            : [];
        using var error = new StringWriter();

        // A value wrongly accepted would start the server for good: the wait turns that into a failure.
        var code = await Program.RunAsync(["--urls", "http://127.0.0.1:0", .. shelf.HostArguments, .. platform, "--" + setting, value], TextWriter.Null, error)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, code);
        Assert.StartsWith("BriefBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
        if (setting != "Urls")
        {
            Assert.Contains(setting.Replace(":", "__", StringComparison.Ordinal), line, StringComparison.Ordinal);
        }

        Assert.Contains(accepted, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_in_the_readme_tables_has_a_bad_value_tried()
    {
        var tried = BadValues().Select(row => row.Data.Item1).Concat(FreeText).ToHashSet(StringComparer.Ordinal);

        var missing = ReadmeSettings().Where(s => !tried.Contains(s)).ToList();

        Assert.NotEmpty(ReadmeSettings());
        Assert.Empty(missing);
    }

    /// <summary>The first-column keys of the tables under "## Configuration", in colon form with N as 0.</summary>
    private static List<string> ReadmeSettings()
    {
        return [.. Docs.Readme.Section("## Configuration").Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => Key().Matches(l.Split('|')[1]).Select(m => m.Groups["key"].Value))
            .Where(k => k.Contains(':', StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal) || k == "Urls")
            .Where(k => !k.StartsWith("__", StringComparison.Ordinal))
            .Select(k => k.Replace("__", ":", StringComparison.Ordinal).Replace(":N:", ":0:", StringComparison.Ordinal))
            .Select(k => k.EndsWith(":N", StringComparison.Ordinal) ? k[..^1] + "0" : k)
            .Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("`(?<key>[^`]+)`", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Key();
}
