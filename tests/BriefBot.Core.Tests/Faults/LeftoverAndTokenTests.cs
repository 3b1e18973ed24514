using System.Text.Json;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge.Text;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Faults;

public sealed class LeftoverAndTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Temporary_files_a_kill_left_in_the_outbox_are_removed_at_start_and_finished_digests_kept()
    {
        using var shelf = new TestShelf();
        var channel = Path.Combine(shelf.OutboxDirectory, "team");
        Directory.CreateDirectory(channel);
        File.WriteAllText(Path.Combine(channel, "digest-1.json.tmp"), "{\"half");
        File.WriteAllText(Path.Combine(channel, "digest-1.md.tmp"), "half");
        File.WriteAllText(Path.Combine(channel, "digest-0.md"), "done");

        _ = new OutboxPublisher(Options.Create(new DigestOptions { OutboxDirectory = shelf.OutboxDirectory }));

        Assert.Equal(["digest-0.md"], Directory.GetFiles(channel).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Outbox_files_have_no_byte_order_mark_and_the_json_parses()
    {
        using var shelf = new TestShelf();
        var publisher = new OutboxPublisher(Options.Create(new DigestOptions { OutboxDirectory = shelf.OutboxDirectory }));
        var reply = new Reply { Kind = ReplyKind.Answer, Title = "Digest: 1 – 8 Jun 2031", Summary = "Quiet week." };

        await publisher.PublishAsync(new ChannelMessage("team", reply, "digest-1"), Ct);

        foreach (var file in Directory.GetFiles(Path.Combine(shelf.OutboxDirectory, "team")))
        {
            var bytes = await File.ReadAllBytesAsync(file, Ct);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file);
        }

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(shelf.OutboxDirectory, "team", "digest-1.json"), Ct));
        Assert.Equal("Digest: 1 – 8 Jun 2031", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Slack_and_discord_tokens_in_an_article_never_become_actors()
    {
        using var shelf = new TestShelf()
            .WithGazetteer("- name: Sylvania\n  kind: state\n")
            .WithArticle("pasted", "Pasted from chat", "2031-06-10", "<#C123> <@U1> and <@&123> asked <!here> and <@!456> about Sylvania on June 2, 2031. Admiral Quentin Hale answered <#C9ABC|general> the same day.");

        await shelf.BuildAsync(Ct);

        var names = shelf.Store.Read(r => r.Index.Entries.Select(e => e.Name + " " + string.Join(" ", e.Keys)).ToList());
        Assert.DoesNotContain(names, n => n.Contains("C123", StringComparison.Ordinal) || n.Contains("U1", StringComparison.Ordinal) || n.Contains("C9ABC", StringComparison.Ordinal) || n.Contains("here", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(shelf.Store.Read(r => r.Index.ByKey("quentin hale")));
    }

    [Theory]
    [InlineData("<#C123> met <@U1>", "  met  ")]
    [InlineData("ping <@&123> and <!here> now", "ping   and   now")]
    [InlineData("a < b and c > d", "a < b and c > d")]
    public void Chat_tokens_are_stripped_and_plain_angle_brackets_kept(string text, string expected)
    {
        Assert.Equal(expected, ChatTokens.Strip(text));
    }
}
