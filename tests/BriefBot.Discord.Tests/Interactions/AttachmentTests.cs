using System.Text;
using System.Text.Json;
using BriefBot.Core.Replies;
using BriefBot.TestKit;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Discord.Tests.Interactions;

/// <summary>A reply that carries a file (an exported timeline) reaches Discord as a message attachment.</summary>
public sealed class AttachmentTests
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply WithFile(int bytes = 0) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Timeline of June 2031",
        Summary = "3 events from 2 articles, as a calendar file: timeline-2031-06.ics.",
        Attachment = new ReplyAttachment("timeline-2031-06.ics", "text/calendar", bytes == 0 ? Encoding.UTF8.GetBytes(Calendar) : new byte[bytes]),
    };

    [Fact]
    public async Task An_answer_with_a_file_is_acknowledged_then_the_file_is_attached_to_the_edit_as_multipart()
    {
        await using var discord = await DiscordServices.StartAsync([new ScriptedCommandHandler("timeline", WithFile())]);

        var result = await discord.SendAsync(InteractionPayloads.Command("timeline", ("period", "2031-06"), ("export", "ics")));
        var edit = await discord.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);
        var parts = await MultipartParts.ReadAsync(edit.Header("Content-Type")!, edit.Body);

        Assert.Equal("""{"type":5}""", Encoding.UTF8.GetString(result.Json));
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]"], parts.Select(p => p.Name));
        using var payload = JsonDocument.Parse(parts[0].Text);
        Assert.Equal("Timeline of June 2031", payload.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString());
        var attachment = Assert.Single(payload.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Equal((0, "timeline-2031-06.ics"), (attachment.GetProperty("id").GetInt32(), attachment.GetProperty("filename").GetString()));
        Assert.Equal(0, payload.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal(("timeline-2031-06.ics", "text/calendar", Calendar), (parts[1].FileName, parts[1].ContentType, parts[1].Text));
    }

    [Fact]
    public async Task A_file_over_the_interactions_attachment_size_limit_is_not_sent_and_the_answer_says_why()
    {
        await using var discord = await DiscordServices.StartAsync([new ScriptedCommandHandler("timeline", WithFile(bytes: 2048))]);
        var command = System.Text.Json.Nodes.JsonNode.Parse(InteractionPayloads.Command("timeline", ("period", "2031-06"), ("export", "ics")))!;
        command["attachment_size_limit"] = 1024;

        var result = await discord.SendAsync(command.ToJsonString());
        using var json = JsonDocument.Parse(result.Json);

        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("more than this channel takes", json.RootElement.GetProperty("data").GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Discord.Requests, r => r.Method == "PATCH");
    }
}
