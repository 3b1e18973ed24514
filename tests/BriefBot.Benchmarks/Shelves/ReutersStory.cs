namespace BriefBot.Benchmarks.Shelves;

/// <summary>One Reuters story as the corpus holds it: the front matter lines and the body paragraphs.</summary>
internal sealed record ReutersStory(string Id, string Title, DateOnly Published, string Dateline, IReadOnlyList<string> FrontMatter, IReadOnlyList<string> Paragraphs)
{
    public static ReutersStory? Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length < 3 || lines[0] != "---")
        {
            return null;
        }

        var close = Array.IndexOf(lines, "---", 1);
        if (close < 0)
        {
            return null;
        }

        var front = lines[1..close];
        var title = Value(front, "title:");
        var published = Value(front, "published:");
        if (title is null || !DateOnly.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            return null;
        }

        var paragraphs = string.Join('\n', lines[(close + 1)..])
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith('#'))
            .ToList();
        return paragraphs.Count == 0
            ? null
            : new ReutersStory(Path.GetFileNameWithoutExtension(path), title.Trim('"'), date, (Value(front, "dateline:") ?? "").Trim('"'), front, paragraphs);
    }

    private static string? Value(string[] front, string key) =>
        front.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line ? line[key.Length..].Trim() : null;
}
