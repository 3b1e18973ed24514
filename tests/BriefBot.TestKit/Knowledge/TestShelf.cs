using System.Text;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Ask;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Who;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.TestKit.Knowledge;

/// <summary>
/// A throwaway shelf in a temporary folder: tests write their own small articles and gazetteer into it,
/// build a real LiteDB knowledge base from it, and ask it questions. Deleted on dispose.
/// </summary>
public sealed class TestShelf : IDisposable
{
    private KnowledgeStore? _store;

    public TestShelf()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "knowledge", "articles"));
    }

    public string Root { get; }

    public string KnowledgeDirectory => Path.Combine(Root, "knowledge");

    public string DatabasePath => Path.Combine(Root, "data", "knowledge.db");

    public string StatePath => Path.Combine(Root, "data", "state.db");

    public string OutboxDirectory => Path.Combine(Root, "data", "outbox");

    /// <summary>Host arguments that keep every file of a test host inside this shelf's folder.</summary>
    public IReadOnlyList<string> HostArguments =>
    [
        "--Knowledge:Directory", KnowledgeDirectory,
        "--Knowledge:DatabasePath", DatabasePath,
        "--Digests:StatePath", StatePath,
        "--Digests:OutboxDirectory", OutboxDirectory,
    ];

    public KnowledgeStore Store => _store ??= new KnowledgeStore(
        Options.Create(new KnowledgeOptions { Directory = KnowledgeDirectory, DatabasePath = DatabasePath, WatchForChanges = false }),
        TimeProvider.System,
        NullLogger<KnowledgeStore>.Instance);

    public TestShelf WithGazetteer(string yaml)
    {
        File.WriteAllText(Path.Combine(KnowledgeDirectory, "actors.yaml"), yaml, Encoding.UTF8);
        return this;
    }

    /// <summary>Writes an article file; <paramref name="published"/> null leaves the date out.</summary>
    public TestShelf WithArticle(string id, string title, string? published, string body, params string[] authors)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: \"").Append(title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        if (authors.Length > 0)
        {
            sb.Append("authors:\n");
            foreach (var author in authors)
            {
                sb.Append("  - ").Append(author).Append('\n');
            }
        }

        if (published is not null)
        {
            sb.Append("published: ").Append(published).Append('\n');
        }

        sb.Append("source: ").Append(id).Append(" Press\nlanguage: en\n---\n\n").Append(body).Append('\n');
        return WithRawArticle(id, sb.ToString());
    }

    public TestShelf WithRawArticle(string id, string content)
    {
        File.WriteAllText(Path.Combine(KnowledgeDirectory, "articles", id + ".md"), content, Encoding.UTF8);
        return this;
    }

    public TestShelf WithoutArticle(string id)
    {
        File.Delete(Path.Combine(KnowledgeDirectory, "articles", id + ".md"));
        return this;
    }

    public Task<BuildReport> BuildAsync(CancellationToken cancellationToken) => Store.BuildAsync(cancellationToken);

    public CommandDispatcher Dispatcher() => new([new WhoCommand(Store), new TimelineCommand(Store), new AskCommand(Store, TimeProvider.System)], NullLogger<CommandDispatcher>.Instance);

    public Task<BriefBot.Core.Replies.Reply> AskAsync(string command, CancellationToken cancellationToken) =>
        Dispatcher().DispatchAsync(CommandRequest.FromText(command), cancellationToken);

    public void Dispose()
    {
        _store?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
