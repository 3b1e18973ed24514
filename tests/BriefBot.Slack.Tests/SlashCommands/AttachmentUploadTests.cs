using System.Text;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;

namespace BriefBot.Slack.Tests.SlashCommands;

/// <summary>A reply that carries a file (an exported timeline) is shared into the channel with Slack's external upload flow.</summary>
public sealed class AttachmentUploadTests
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedCommandHandler Timeline() => new("timeline", new Reply
    {
        Kind = ReplyKind.Answer,
        Title = "Timeline of June 2031",
        Summary = "3 events from 2 articles, as a calendar file: timeline-2031-06.ics.",
        Attachment = new ReplyAttachment("timeline-2031-06.ics", "text/calendar", Encoding.UTF8.GetBytes(Calendar)),
    });

    [Fact]
    public async Task The_answer_comes_inline_and_the_file_is_uploaded_and_shared_into_the_commands_channel()
    {
        await using var slack = await SlackServices.StartAsync([Timeline()]);

        var result = await slack.CommandAsync(SlackPayloads.Command("/timeline", "2031-06 export:ics", slack.Slack.NewResponseUrl()));
        await slack.Slack.WaitForRequestAsync(r => r.Path.EndsWith("files.completeUploadExternal", StringComparison.Ordinal), Ct);

        Assert.Equal(200, result.StatusCode);
        Assert.Contains("timeline-2031-06.ics", Encoding.UTF8.GetString(result.Json), StringComparison.Ordinal);
        var grant = Assert.Single(slack.Slack.Requests, r => r.Path.EndsWith("files.getUploadURLExternal", StringComparison.Ordinal));
        Assert.Equal(Calendar.Length, grant.Json.GetProperty("length").GetInt32());
        var upload = Assert.Single(slack.Slack.Requests, r => r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        Assert.Null(upload.Header("Authorization"));
        Assert.Equal("text/calendar", upload.Header("Content-Type"));
        var shared = Assert.Single(slack.Slack.SharedFiles);
        Assert.Equal((SlackPayloads.ChannelId, "timeline-2031-06.ics", Calendar), (shared.Channel, shared.FileName, shared.Content));
    }

    [Fact]
    public async Task Without_the_files_write_scope_the_asker_is_told_why_there_is_no_file()
    {
        await using var slack = await SlackServices.StartAsync([Timeline()]);
        slack.Slack.Enqueue(FakeSlackResponse.Error("missing_scope", "files.getUploadURLExternal"));
        var responseUrl = slack.Slack.NewResponseUrl();

        await slack.CommandAsync(SlackPayloads.Command("/timeline", "2031-06 export:ics", responseUrl));
        var told = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal("ephemeral", told.Json.GetProperty("response_type").GetString());
        Assert.Contains("files:write", told.Body, StringComparison.Ordinal);
        Assert.Empty(slack.Slack.SharedFiles);
    }

    [Fact]
    public async Task An_upload_url_off_slacks_files_host_is_never_posted_to()
    {
        await using var slack = await SlackServices.StartAsync([Timeline()]);
        slack.Slack.Enqueue(new FakeSlackResponse { Body = """{"ok":true,"upload_url":"http://203.0.113.9/steal","file_id":"F1"}""", PathContains = "files.getUploadURLExternal" });
        var responseUrl = slack.Slack.NewResponseUrl();

        await slack.CommandAsync(SlackPayloads.Command("/timeline", "2031-06 export:ics", responseUrl));
        var told = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Contains("untrusted_upload_url", told.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Slack.Requests, r => r.Path.EndsWith("files.completeUploadExternal", StringComparison.Ordinal));
    }
}
