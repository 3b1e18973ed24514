using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>
/// Splits a long digest into several messages, in order, each well inside every platform's limits
/// (Discord's 6,000-character embeds, Slack's block budget), so nothing is cut. Sections keep their order;
/// a section too long for one message continues in the next. Each part keeps only the sources it cites.
/// </summary>
public static class DigestParts
{
    /// <summary>Plain-text budget of one message; renderers add markup, so this leaves room.</summary>
    public const int MaxCharacters = 3_500;

    public static IReadOnlyList<Reply> Split(Reply digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var groups = new List<List<ReplySection>> { new() };
        var used = digest.Title.Length + (digest.Summary?.Length ?? 0);
        foreach (var section in digest.Sections)
        {
            var lines = new List<ReplyLine>();
            var continued = false;
            foreach (var line in section.Lines)
            {
                var size = line.PlainText.Length + 4;
                if (used + size > MaxCharacters && (lines.Count > 0 || groups[^1].Count > 0))
                {
                    if (lines.Count > 0)
                    {
                        groups[^1].Add(Part(section, lines, continued, last: false));
                        continued = true;
                    }

                    groups.Add([]);
                    lines = [];
                    used = section.Heading.Length;
                }

                lines.Add(line);
                used += size;
            }

            groups[^1].Add(Part(section, lines, continued, last: true));
            used += section.Heading.Length;
        }

        if (groups.Count == 1)
        {
            return [digest];
        }

        return [.. groups.Select((sections, i) => digest with
        {
            Title = i == 0 ? digest.Title : $"{digest.Title} ({i + 1}/{groups.Count})",
            Summary = i == 0 ? digest.Summary : null,
            Sections = sections,
            Sources = [.. digest.Sources.Where(s => sections.SelectMany(x => x.Lines).SelectMany(l => l.Spans).OfType<CitationSpan>().Any(c => c.Number == s.Number))],
        })];
    }

    private static ReplySection Part(ReplySection section, List<ReplyLine> lines, bool continued, bool last) => section with
    {
        Heading = continued ? section.Heading + " (continued)" : section.Heading,
        Lines = [.. lines],
        MoreCount = last ? section.MoreCount : 0,
    };
}
