using System.Globalization;
using System.Text;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Rendering;

/// <summary>
/// Reply → Block Kit (shared/protocols/slack.md §4): a header, the summary and each section as mrkdwn sections,
/// choices as sections with a button, paging as a context line and Previous/Next buttons, then a divider and the
/// numbered sources in context blocks. Every limit of <see cref="SlackLimits"/> holds whatever the reply holds:
/// long content is cut at a line boundary with "…and N more". Answers go in the channel; errors, "not found"
/// and invalid input go to the asker alone.
/// </summary>
internal sealed partial class SlackReplyRenderer(ILogger<SlackReplyRenderer> logger)
{
    private const int MaxChoiceBlocks = 20;
    private const int MaxSourceBlocks = 2;
    private const int SourceElement = 300;
    private const int SourcesBudget = 2000;
    private const int LineMax = 1000;
    private const int SmallestUsefulText = 60;

    public SlackMessage Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var title = SlackText.Plain(reply.Title.Trim().Length > 0 ? reply.Title : "BriefBot", SlackLimits.HeaderText);
        var tailText = 0;

        var choices = Choices(reply, ref tailText);
        var paging = Paging(reply, ref tailText);
        var sources = Sources(reply.Sources, ref tailText);

        var blocks = new List<Block> { Block.Header(title) };
        var textLeft = SlackLimits.BlocksText - title.Length - tailText;
        if (reply.Summary is { } summary && summary.Trim().Length > 0)
        {
            var text = SlackText.EscapeWithin(summary.Trim(), Math.Min(SlackLimits.SectionText, Math.Max(SmallestUsefulText, textLeft / 2)));
            blocks.Add(Block.Section(text));
            textLeft -= text.Length;
        }

        // One block stays free for the "…and N more sections" note.
        var blocksLeft = SlackLimits.Blocks - blocks.Count - choices.Count - paging.Count - sources.Count - 1;
        var sectionsShown = Sections(reply.Sections, blocks, ref blocksLeft, ref textLeft);
        if (sectionsShown < reply.Sections.Count)
        {
            var left = reply.Sections.Count - sectionsShown;
            blocks.Add(Block.Context([string.Create(CultureInfo.InvariantCulture, $"_…and {left} more section{(left == 1 ? "" : "s")}_")]));
        }

        blocks.AddRange(choices);
        blocks.AddRange(paging);
        blocks.AddRange(sources);
        return new SlackMessage
        {
            ResponseType = IsEphemeral(reply) ? SlackMessage.Ephemeral : SlackMessage.InChannel,
            Text = Fallback(reply),
            Blocks = blocks,
        };
    }

    public static bool IsEphemeral(Reply reply) =>
        reply.IsEphemeral || reply.Kind is ReplyKind.NotFound or ReplyKind.Invalid or ReplyKind.Error;

    /// <summary>The notification text: title and summary, escaped like everything else (top-level text is mrkdwn).</summary>
    private static string Fallback(Reply reply)
    {
        var title = reply.Title.Trim();
        var plain = reply.Summary is { Length: > 0 } summary
            ? title + (title.Length > 0 && char.IsPunctuation(title[^1]) ? " " : ": ") + summary.Trim()
            : title;
        var text = SlackText.EscapeWithin(plain.Trim(), SlackLimits.FallbackText);
        return text.Length > 0 ? text : "BriefBot";
    }

    /// <summary>Adds section blocks while blocks and text last; returns how many reply sections were started.</summary>
    private static int Sections(IReadOnlyList<ReplySection> sections, List<Block> blocks, ref int blocksLeft, ref int textLeft)
    {
        var shown = 0;
        foreach (var section in sections)
        {
            if (blocksLeft < 1 || textLeft < SmallestUsefulText)
            {
                break;
            }

            var lines = section.Lines.Select(l => SpanMrkdwn.Bullet(l) + SpanMrkdwn.Line(l, LineMax)).ToList();
            var heading = SlackText.EscapeWithin(section.Heading.Trim(), 200);
            var text = new StringBuilder(heading.Length > 0 ? "*" + heading + "*" : "");
            var omitted = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var leftAfter = lines.Count - (i + 1) + section.MoreCount;
                var needed = (text.Length > 0 ? 1 : 0) + lines[i].Length + (leftAfter > 0 ? More(leftAfter).Length + 1 : 0);
                if (text.Length + needed <= Math.Min(SlackLimits.SectionText, textLeft))
                {
                    text.Append(text.Length > 0 ? "\n" : "").Append(lines[i]);
                    continue;
                }

                // The line does not fit this block: continue the section in a new one, if blocks and text remain.
                if (text.Length > 0 && blocksLeft >= 2 && textLeft - text.Length >= SmallestUsefulText + lines[i].Length)
                {
                    blocks.Add(Block.Section(text.ToString()));
                    blocksLeft--;
                    textLeft -= text.Length;
                    text.Clear();
                    i--;
                    continue;
                }

                omitted = lines.Count - i;
                break;
            }

            if (omitted + section.MoreCount > 0)
            {
                text.Append(text.Length > 0 ? "\n" : "").Append(More(omitted + section.MoreCount));
            }

            if (text.Length == 0)
            {
                text.Append('—');
            }

            blocks.Add(Block.Section(text.ToString()));
            blocksLeft--;
            textLeft -= text.Length;
            shown++;
        }

        return shown;
    }

    private static string More(int count) => string.Create(CultureInfo.InvariantCulture, $"_…and {count} more_");

    private static partial class Log
    {
        [LoggerMessage(EventId = 3301, EventName = "CommandsTooLong", Level = LogLevel.Warning, Message = "{Count} choice commands exceed Slack's 2000-character button value and were shown as text to type")]
        public static partial void CommandsTooLong(ILogger logger, int count);
    }
}
