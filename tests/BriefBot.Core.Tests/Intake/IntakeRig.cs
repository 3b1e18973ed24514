using BriefBot.Core.Digests;
using BriefBot.Core.Intake;
using BriefBot.Core.Knowledge;
using BriefBot.Core.State;
using BriefBot.TestKit.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Intake;

/// <summary>A shelf intake against a fake web site on 127.0.0.1 (allowed by name), a temporary knowledge folder and a real state.db file.</summary>
internal sealed class IntakeRig : IAsyncDisposable
{
    private LiteDbBotState _store;

    private IntakeRig(FakeWebServer web, string root, ShelfOptions options)
    {
        Web = web;
        Root = root;
        Options = options;
        _store = OpenStore();
        (State, Fetcher, Intake) = Build();
    }

    public FakeWebServer Web { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public string Root { get; }

    public string Articles => Path.Combine(Root, "knowledge", "articles");

    public ShelfOptions Options { get; }

    public IntakeState State { get; private set; }

    public PoliteFetcher Fetcher { get; private set; }

    public ShelfIntake Intake { get; private set; }

    public static async Task<IntakeRig> StartAsync(CancellationToken cancellationToken, Action<ShelfOptions>? configure = null)
    {
        var web = await FakeWebServer.StartAsync(cancellationToken);
        var options = new ShelfOptions { AllowedHosts = ["127.0.0.1"], PerHostInterval = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(30) };
        configure?.Invoke(options);
        var root = Path.Combine(Path.GetTempPath(), "briefbot-intake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "knowledge", "articles"));
        return new IntakeRig(web, root, options);
    }

    /// <summary>What a new process sees after the old one died: the same files and state.db, nothing in memory.</summary>
    public void Restart()
    {
        Fetcher.Dispose();
        _store.Dispose();
        _store = OpenStore();
        (State, Fetcher, Intake) = Build();
    }

    public string[] ArticleFiles() => [.. Directory.EnumerateFiles(Articles, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public string Read(string fileName) => File.ReadAllText(Path.Combine(Articles, fileName));

    public async ValueTask DisposeAsync()
    {
        Fetcher.Dispose();
        _store.Dispose();
        await Web.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private LiteDbBotState OpenStore() => new(Microsoft.Extensions.Options.Options.Create(new DigestOptions { StatePath = Path.Combine(Root, "data", "state.db") }));

    private (IntakeState, PoliteFetcher, ShelfIntake) Build()
    {
        var state = new IntakeState(_store);
        var fetcher = new PoliteFetcher(Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<PoliteFetcher>.Instance);
        var knowledge = Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { Directory = Path.Combine(Root, "knowledge") });
        var intake = new ShelfIntake(state, fetcher, Microsoft.Extensions.Options.Options.Create(Options), knowledge, Time, NullLogger<ShelfIntake>.Instance);
        return (state, fetcher, intake);
    }
}
