namespace BriefBot.Benchmarks;

/// <summary>Finds the repository (the folder holding BriefBot.sln) and the shared corpora beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string ReutersCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora", "reuters21578-news"));
}
