using System.Text;

namespace BriefBot.Core.Replies;

/// <summary>Renders a reply as plain text, the way the CLI prints it and a chat user would read it.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var sb = new StringBuilder();
        sb.Append(reply.Title).Append('\n');
        if (reply.Summary is { Length: > 0 } summary)
        {
            sb.Append(summary).Append('\n');
        }

        foreach (var section in reply.Sections)
        {
            sb.Append('\n').Append(section.Heading).Append('\n');
            foreach (var line in section.Lines)
            {
                sb.Append("  • ").Append(line.PlainText).Append('\n');
            }

            if (section.MoreCount > 0)
            {
                sb.Append(FormattableString.Invariant($"  …and {section.MoreCount} more\n"));
            }
        }

        if (reply.Choices.Count > 0)
        {
            sb.Append('\n');
            foreach (var (choice, index) in reply.Choices.Select((c, i) => (c, i + 1)))
            {
                sb.Append(FormattableString.Invariant($"  {index}. {choice.Label}"));
                if (choice.Description is { Length: > 0 } description)
                {
                    sb.Append(" — ").Append(description);
                }

                sb.Append("   ").Append(choice.Command).Append('\n');
            }
        }

        if (reply.Paging is { } paging)
        {
            sb.Append(FormattableString.Invariant($"\nPage {paging.Page} of {paging.PageCount}."));
            if (paging.NextCommand is { } next)
            {
                sb.Append(" Next: ").Append(next);
            }

            sb.Append('\n');
        }

        if (reply.Sources.Count > 0)
        {
            sb.Append("\nSources\n");
            foreach (var source in reply.Sources)
            {
                sb.Append(FormattableString.Invariant($"  [{source.Number}] {source.ArticleTitle}"));
                if (source.Paragraph is { } paragraph)
                {
                    sb.Append(FormattableString.Invariant($", ¶{paragraph}"));
                }

                if (source.Url is { } url)
                {
                    sb.Append(" — ").Append(url);
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
