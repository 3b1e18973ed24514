using System.Text.Json;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.TestKit.Snapshots;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Slack.Tests.Snapshots;

/// <summary>
/// One Reply fixture → the exact Slack Block Kit JSON (the same fixtures as the Discord snapshots). A diff is a bug
/// when it unescapes text, drops the text fallback, changes a button's command value or breaks a limit; wording and
/// layout changes are reviewed and approved.
/// </summary>
public sealed class ReplySnapshotTests
{
    private static readonly SlackReplyRenderer Renderer = new(NullLogger<SlackReplyRenderer>.Instance);

    public static Reply TimelinePage => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Timeline: March 2026",
        Summary = "3 dated events from 2 articles, oldest first.",
        Sections =
        [
            new ReplySection
            {
                Heading = "Events",
                Lines =
                [
                    new ReplyLine(new DateSpan(PartialDate.Day(2026, 3, 2), IsInferred: false), new TextSpan(" — "), new StrongSpan("Quentin Hale"), new TextSpan(" resigned as admiral "), new CitationSpan(1)),
                    new ReplyLine(new DateSpan(PartialDate.Month(2026, 3), IsInferred: true), new TextSpan(" — talks in Port Marl, see "), new LinkSpan("the communiqué", new Uri("https://example.org/communique")), new TextSpan(" "), new CitationSpan(2)),
                    new ReplyLine(new DateSpan(PartialDate.Day(2026, 3, 9), IsInferred: false), new TextSpan(" — a user wrote <!everyone> @here *bold* <@U123> & co "), new CitationSpan(2)),
                ],
                MoreCount = 4,
            },
        ],
        Sources =
        [
            new ReplySource { Number = 1, ArticleTitle = "Harbour news", Url = new Uri("https://example.org/harbour"), Paragraph = 2, Publisher = "Marl Gazette" },
            new ReplySource { Number = 2, ArticleTitle = "Talks_resume", Paragraph = 1 },
        ],
        Paging = new ReplyPaging(2, 3, "/timeline 2026-03 page:1", "/timeline 2026-03 page:3"),
    };

    public static Reply Ambiguous => new()
    {
        Kind = ReplyKind.Choice,
        Title = "Which Aliyev?",
        Summary = "“Aliyev” fits 2 actors on the shelf. Pick one:",
        Choices =
        [
            new ReplyChoice("Ilham Aliyev", "President (2003); 41 mentions", "/who id:ilham-aliyev"),
            new ReplyChoice("Heydar Aliyev", "person; 3 mentions", "/who id:heydar-aliyev"),
        ],
    };

    [Fact]
    public void A_timeline_page_renders_as_approved() =>
        Snapshot.Match(JsonSerializer.Serialize(Renderer.Render(TimelinePage), SlackJson.Options), "timeline-page.slack");

    [Fact]
    public void An_ambiguous_name_renders_as_approved() =>
        Snapshot.Match(JsonSerializer.Serialize(Renderer.Render(Ambiguous), SlackJson.Options), "ambiguous-who.slack");
}
