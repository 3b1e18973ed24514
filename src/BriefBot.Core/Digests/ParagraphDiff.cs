namespace BriefBot.Core.Digests;

/// <summary>
/// What an edit did to an article's paragraphs: which ones (numbered in the new version) were added or
/// rewritten, and how many went away. Paragraphs are aligned by content (longest common subsequence of
/// their hashes), so inserting one paragraph near the top does not make every later one look edited.
/// </summary>
public sealed record ParagraphDiff(IReadOnlyList<int> Added, IReadOnlyList<int> Edited, int Removed)
{
    /// <summary>Above this many paragraphs on either side the quadratic alignment is skipped; counts are compared instead.</summary>
    private const int MaxAligned = 2000;

    public bool IsEmpty => Added.Count == 0 && Edited.Count == 0 && Removed == 0;

    /// <summary>Paragraph hashes before and after; paragraph n is at index n-1.</summary>
    public static ParagraphDiff Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Count > MaxAligned || after.Count > MaxAligned)
        {
            return ByPosition(before, after);
        }

        var matches = LongestCommonSubsequence(before, after);
        var added = new List<int>();
        var edited = new List<int>();
        var removed = 0;
        var (oldAt, newAt) = (0, 0);
        foreach (var (oldMatch, newMatch) in matches.Append((before.Count, after.Count)))
        {
            // Between two matched paragraphs, pair off what was dropped with what was written: those are edits.
            var dropped = oldMatch - oldAt;
            var written = Enumerable.Range(newAt + 1, newMatch - newAt).ToList();
            var rewritten = Math.Min(dropped, written.Count);
            edited.AddRange(written.Take(rewritten));
            added.AddRange(written.Skip(rewritten));
            removed += dropped - rewritten;
            (oldAt, newAt) = (oldMatch + 1, newMatch + 1);
        }

        return new ParagraphDiff(added, edited, removed);
    }

    private static ParagraphDiff ByPosition(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var common = Math.Min(before.Count, after.Count);
        var edited = Enumerable.Range(0, common).Where(i => before[i] != after[i]).Select(i => i + 1).ToList();
        var added = Enumerable.Range(common + 1, Math.Max(0, after.Count - common)).ToList();
        return new ParagraphDiff(added, edited, Math.Max(0, before.Count - common));
    }

    private static List<(int Old, int New)> LongestCommonSubsequence(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(before[i], after[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (x, y) = (0, 0);
        while (x < before.Count && y < after.Count)
        {
            if (string.Equals(before[x], after[y], StringComparison.Ordinal))
            {
                pairs.Add((x++, y++));
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }
}
