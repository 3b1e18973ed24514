using System.Security.Cryptography;
using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>What is on the shelf right now: article files (listed, not read) and the gazetteer, from the knowledge folder.</summary>
public sealed record Shelf(IReadOnlyList<ShelfFile> Articles, string GazetteerYaml, string GazetteerHash)
{
    public const string ArticlesFolder = "articles";
    public const string GazetteerFile = "actors.yaml";

    /// <summary>Largest article file read; a larger one is reported and skipped.</summary>
    public const int MaxArticleBytes = 2 * 1024 * 1024;

    public static Shelf Read(string directory, ICollection<ArticleProblem> problems)
    {
        var articles = List(directory, problems);
        var gazetteerPath = Path.Combine(directory, GazetteerFile);
        var yaml = File.Exists(gazetteerPath) ? File.ReadAllText(gazetteerPath) : "";
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml)));
        return new Shelf(articles, yaml, hash);
    }

    /// <summary>The article files a build would read, listed and stat'ed but not opened.</summary>
    public static IReadOnlyList<ShelfFile> List(string directory, ICollection<ArticleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var articles = new List<ShelfFile>();
        var folder = Path.Combine(directory, ArticlesFolder);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                try
                {
                    var info = new FileInfo(path);
                    if (info.Length > MaxArticleBytes)
                    {
                        problems.Add(new ArticleProblem(name, 0, $"larger than {MaxArticleBytes / 1024 / 1024} MB; skipped"));
                        continue;
                    }

                    articles.Add(new ShelfFile(name, path, info.Length, info.LastWriteTimeUtc));
                }
                catch (IOException ex)
                {
                    problems.Add(new ArticleProblem(name, 0, "could not be read: " + ex.Message));
                }
            }
        }
        else
        {
            problems.Add(new ArticleProblem(folder, 0, "folder not found; the knowledge base will be empty"));
        }

        return articles;
    }
}
