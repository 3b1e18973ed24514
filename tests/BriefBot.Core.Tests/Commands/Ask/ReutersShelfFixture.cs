using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Ask;

/// <summary>The whole Reuters-21578 corpus (../shared/corpora) built once into a knowledge base, for the /ask measurement.</summary>
public sealed class ReutersShelfFixture : IAsyncLifetime
{
    private readonly TestShelf _shelf = new();

    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "reuters21578-news"));

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public bool IsAvailable { get; private set; }

    public KnowledgeStore Store => _shelf.Store;

    public async ValueTask InitializeAsync()
    {
        if (!Directory.Exists(Corpus))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Corpus, "reuters-*.md"))
        {
            File.Copy(file, Path.Combine(_shelf.KnowledgeDirectory, "articles", Path.GetFileName(file)));
        }

        await _shelf.Store.BuildAsync(CancellationToken.None);
        IsAvailable = true;
    }

    public ValueTask DisposeAsync()
    {
        _shelf.Dispose();
        return ValueTask.CompletedTask;
    }
}
