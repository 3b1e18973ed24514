namespace BriefBot.Host.Tests.Docs;

/// <summary>The repository's README.md, for tests that hold it to the code.</summary>
internal static class Readme
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The text from <paramref name="heading"/> (a whole line, "## Configuration") to the next heading of its level or higher.</summary>
    public static string Section(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("README.md has no heading " + heading);
        }

        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var end = start + 1;
        do
        {
            end = readme.IndexOf("\n#", end + 1, StringComparison.Ordinal);
        }
        while (end >= 0 && !IsHeadingAtMost(readme, end + 1, level.Length - 1));

        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static bool IsHeadingAtMost(string text, int at, int level)
    {
        var hashes = 0;
        while (at + hashes < text.Length && text[at + hashes] == '#')
        {
            hashes++;
        }

        return hashes <= level && at + hashes < text.Length && text[at + hashes] == ' ';
    }
}
