using System.Globalization;
using BriefBot.Core.Replies;

namespace BriefBot.Slack.Rendering;

/// <summary>The blocks after the answer's sections: choices, paging and sources, each inside its Block Kit limits.</summary>
internal sealed partial class SlackReplyRenderer
{
    /// <summary>One section per choice with a button carrying its command; choices whose command cannot be carried show it to type.</summary>
    private List<Block> Choices(Reply reply, ref int textUsed)
    {
        var blocks = new List<Block>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var uncarried = 0;
        foreach (var (choice, index) in reply.Choices.Select((c, i) => (c, i)))
        {
            if (blocks.Count == MaxChoiceBlocks || !seen.Add(choice.Command))
            {
                continue;
            }

            var label = SlackText.EscapeWithin(choice.Label.Trim().Length > 0 ? choice.Label : choice.Command, 200);
            var text = "*" + label + "*";
            if (choice.Description is { } description && description.Trim().Length > 0)
            {
                text += "\n" + SlackText.EscapeWithin(description.Trim(), 300);
            }

            ButtonElement? button = null;
            if (ActionIds.Carries(choice.Command))
            {
                button = new ButtonElement(TextObject.Plain("Choose"), ActionIds.Choice + index.ToString(CultureInfo.InvariantCulture), choice.Command);
            }
            else
            {
                uncarried++;
                text += "\nType: " + SlackText.EscapeWithin(choice.Command, 400);
            }

            blocks.Add(Block.Section(text, button));
            textUsed += text.Length + (button?.Value.Length ?? 0);
        }

        if (uncarried > 0)
        {
            Log.CommandsTooLong(logger, uncarried);
        }

        var hidden = reply.Choices.Select(c => c.Command).Distinct(StringComparer.Ordinal).Count() - blocks.Count;
        if (hidden > 0)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"_…and {hidden} more not listed: be more specific_");
            blocks.Add(Block.Context([note]));
            textUsed += note.Length;
        }

        return blocks;
    }

    /// <summary>"Page 2 of 3" as context, then Previous/Next buttons for the neighbouring pages that exist.</summary>
    private static List<Block> Paging(Reply reply, ref int textUsed)
    {
        if (reply.Paging is not { PageCount: > 1 } paging)
        {
            return [];
        }

        var where = string.Create(CultureInfo.InvariantCulture, $"Page {paging.Page} of {paging.PageCount}");
        var blocks = new List<Block> { Block.Context([where]) };
        textUsed += where.Length;
        var buttons = new List<ButtonElement>();
        if (ActionIds.Carries(paging.PreviousCommand))
        {
            buttons.Add(new ButtonElement(TextObject.Plain("◀ Previous"), ActionIds.Previous, paging.PreviousCommand!));
        }

        if (ActionIds.Carries(paging.NextCommand))
        {
            buttons.Add(new ButtonElement(TextObject.Plain("Next ▶"), ActionIds.Next, paging.NextCommand!) { Style = "primary" });
        }

        if (buttons.Count > 0)
        {
            blocks.Add(Block.Actions("briefbot:paging", buttons));
            textUsed += buttons.Sum(b => b.Text.Text.Length + b.Value.Length);
        }

        return blocks;
    }

    /// <summary>A divider, then up to ten sources per context block; what does not fit is counted in the last element.</summary>
    private static List<Block> Sources(IReadOnlyList<ReplySource> sources, ref int textUsed)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        var capacity = (SlackLimits.ContextElements * MaxSourceBlocks) - 1;
        var lines = new List<string>();
        var used = 0;
        foreach (var source in sources)
        {
            var line = SpanMrkdwn.Source(source, SourceElement);
            if (lines.Count == capacity || used + line.Length > SourcesBudget)
            {
                break;
            }

            lines.Add(line);
            used += line.Length;
        }

        if (lines.Count < sources.Count)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"_…and {sources.Count - lines.Count} more sources_");
            lines.Add(note);
            used += note.Length;
        }

        textUsed += used;
        var blocks = new List<Block> { Block.Divider() };
        blocks.AddRange(lines.Chunk(SlackLimits.ContextElements).Select(Block.Context));
        return blocks;
    }
}
