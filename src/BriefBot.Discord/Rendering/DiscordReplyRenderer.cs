using System.Globalization;
using System.Text;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// Reply → Discord message: one embed for the answer (title, summary, a field per section, footer) and one for
/// the numbered sources, inside every limit of shared/protocols/discord.md §3.2 and §3.4. Long content is cut at
/// a line boundary with "…and N more"; nothing is left for Discord to reject.
/// </summary>
internal sealed partial class DiscordReplyRenderer(ILogger<DiscordReplyRenderer> logger)
{
    private const string SourcesTitle = "Sources";
    private const int FooterReserve = 160;
    private const int SourcesReserve = 1500;
    private const int SmallestUsefulField = 60;

    public DiscordMessage Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (rows, uncarried) = ReplyComponents.Build(reply);
        if (uncarried.Count > 0 || reply.Paging is { } p && (!Fits(p.PreviousCommand) || !Fits(p.NextCommand)))
        {
            Log.CommandsTooLong(logger, uncarried.Count + (reply.Paging is { } q ? (Fits(q.PreviousCommand) ? 0 : 1) + (Fits(q.NextCommand) ? 0 : 1) : 0));
        }

        var sections = uncarried.Count == 0 ? reply.Sections : [.. reply.Sections, TypeInstead(uncarried)];
        var sourceLines = reply.Sources.Select(SpanMarkdown.Source).ToList();
        var sourcesWanted = sourceLines.Count == 0 ? 0 : Math.Min(SourcesReserve, sourceLines.Sum(l => l.Length + 1)) + SourcesTitle.Length;

        var title = DiscordText.EscapeWithin(reply.Title.Length > 0 ? reply.Title : "BriefBot", DiscordLimits.EmbedTitle);
        var budget = DiscordLimits.EmbedTotal - FooterReserve - sourcesWanted - title.Length;
        var description = reply.Summary is { Length: > 0 } summary
            ? DiscordText.EscapeWithin(summary, Math.Min(DiscordLimits.EmbedDescription, Math.Max(SmallestUsefulField, budget / 2)))
            : null;
        budget -= description?.Length ?? 0;

        var fields = new List<EmbedField>();
        foreach (var section in sections)
        {
            var name = DiscordText.EscapeWithin(section.Heading, DiscordLimits.FieldName);
            name = name.Trim().Length > 0 ? name : "\u200B";
            var room = Math.Min(DiscordLimits.FieldValue, budget - name.Length);
            if (fields.Count == DiscordLimits.EmbedFields || room < SmallestUsefulField)
            {
                break;
            }

            var value = FieldValue(section, room);
            fields.Add(new EmbedField(name, value));
            budget -= name.Length + value.Length;
        }

        var main = new Embed
        {
            Title = title,
            Description = description,
            Color = Color(reply.Kind),
            Fields = fields.Count == 0 ? null : fields,
            Footer = Footer(reply, sections.Count - fields.Count),
        };
        var embeds = new List<Embed> { main };
        if (sourceLines.Count > 0)
        {
            var room = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - main.CountedLength - SourcesTitle.Length);
            if (room >= SmallestUsefulField)
            {
                embeds.Add(new Embed { Title = SourcesTitle, Description = Lines(sourceLines, 0, room, "sources"), Color = main.Color });
            }
        }

        return new DiscordMessage
        {
            Embeds = embeds,
            Components = rows,
            Flags = reply.IsEphemeral ? (int)MessageFlags.Ephemeral : null,
        };
    }

    private static bool Fits(string? command) => command is null || ReplyComponents.Fits(command);

    private static ReplySection TypeInstead(IReadOnlyList<ReplyChoice> uncarried) => new()
    {
        Heading = "Also possible (type the command)",
        Lines = [.. uncarried.Select(c => new ReplyLine(new StrongSpan(c.Label), new TextSpan(": " + c.Command)))],
    };

    private static string FieldValue(ReplySection section, int max)
    {
        var lines = section.Lines.Select(l => SpanMarkdown.Bullet(l) + SpanMarkdown.Line(l, max - 24)).ToList();
        var value = Lines(lines, section.MoreCount, max, "more");
        return value.Length > 0 ? value : "—";
    }

    /// <summary>
    /// Joins whole lines while they fit in <paramref name="max"/>, keeping room for the "…and N more" tail that
    /// counts the lines left out plus <paramref name="alreadyLeftOut"/>.
    /// </summary>
    private static string Lines(List<string> lines, int alreadyLeftOut, int max, string noun)
    {
        var sb = new StringBuilder();
        var shown = 0;
        foreach (var line in lines)
        {
            var leftAfter = lines.Count - (shown + 1) + alreadyLeftOut;
            var needed = (sb.Length > 0 ? 1 : 0) + line.Length + (leftAfter > 0 ? More(leftAfter, noun).Length + 1 : 0);
            if (sb.Length + needed > max)
            {
                break;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
            shown++;
        }

        var left = lines.Count - shown + alreadyLeftOut;
        if (left > 0)
        {
            sb.Append(sb.Length > 0 ? "\n" : "").Append(More(left, noun));
        }

        return sb.ToString();
    }

    private static string More(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"…and {count} {noun}");

    private static EmbedFooter? Footer(Reply reply, int sectionsLeftOut)
    {
        var parts = new List<string>();
        if (reply.Paging is { } paging)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Page {paging.Page} of {paging.PageCount}"));
        }

        if (sectionsLeftOut > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"…and {sectionsLeftOut} more section{(sectionsLeftOut == 1 ? "" : "s")}"));
        }

        if (reply.Sources.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{reply.Sources.Count} source{(reply.Sources.Count == 1 ? "" : "s")}"));
        }

        return parts.Count == 0 ? null : new EmbedFooter(string.Join(" · ", parts));
    }

    private static int Color(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => 0x2B6CB0,
        ReplyKind.Choice => 0xD69E2E,
        ReplyKind.NotFound => 0x718096,
        ReplyKind.Invalid => 0xDD6B20,
        _ => 0xC53030,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 2301, EventName = "CommandsTooLong", Level = LogLevel.Warning, Message = "{Count} choice or paging commands exceed Discord's 100-character custom_id and were not made clickable")]
        public static partial void CommandsTooLong(ILogger logger, int count);
    }
}
