using System.Globalization;
using System.Net;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Host.Cli;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Host.Tests.Faults;

public sealed class BuildKillTests
{
    private const int KillPoints = 20;
    private const int Articles = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Enough articles that writing the base takes many file writes, each a point to be killed at.</summary>
    private static TestShelf Shelf()
    {
        var shelf = new TestShelf().WithGazetteer("- name: Sylvania\n  kind: state\n  demonyms: [Sylvanian]\n- name: Freedonia\n  kind: state\n  demonyms: [Freedonian]\n");
        for (var i = 0; i < Articles; i++)
        {
            var day = 1 + (i % 27);
            shelf.WithArticle(
                FormattableString.Invariant($"report-{i:00}"),
                FormattableString.Invariant($"Report {i}"),
                FormattableString.Invariant($"2031-05-{day:00}"),
                string.Join("\n\n", Enumerable.Range(0, 4).Select(p => FormattableString.Invariant(
                    $"On May {day}, 2031, Admiral Quentin Hale{p} of Sylvania met Minister Ana Berg{i} of Freedonia in Port Marl{p}. Sylvanian officials said talks {i}.{p} would resume on June {1 + p}, 2031."))));
        }

        return shelf;
    }

    [Fact]
    public async Task A_build_killed_at_any_point_of_its_write_phase_leaves_ask_answering_and_serve_ready()
    {
        var outcomes = new List<string>();
        for (var batch = 0; batch < KillPoints; batch += 10)
        {
            var points = Enumerable.Range(batch, Math.Min(10, KillPoints - batch)).ToList();
            outcomes.AddRange(await Task.WhenAll(points.Select(KillAndRecoverAsync)));
        }

        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "briefbot-build-kills.txt"), outcomes);
        Assert.All(outcomes, o => Assert.DoesNotContain("failed", o, StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.StartsWith("killed", StringComparison.Ordinal));
    }

    /// <summary>Kills a child build after its <paramref name="point"/>-th write to the temporary files, then asks (even points) or serves (odd).</summary>
    private static async Task<string> KillAndRecoverAsync(int point)
    {
        using var shelf = Shelf();
        var data = Path.GetDirectoryName(shelf.DatabasePath)!;
        Directory.CreateDirectory(data);
        using var child = ChildProcess.Start(["build", "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath]);
        var writes = 0;
        using (var watcher = new FileSystemWatcher(data, "*.building") { NotifyFilter = NotifyFilters.Size | NotifyFilters.LastWrite | NotifyFilters.FileName })
        {
            void OnWrite(object? sender, FileSystemEventArgs e)
            {
                if (Interlocked.Increment(ref writes) == 1 + (point * 2))
                {
                    child.Kill();
                }
            }

            watcher.Changed += OnWrite;
            watcher.Created += OnWrite;
            watcher.EnableRaisingEvents = true;
            await child.Exited.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        }

        var leftovers = Directory.GetFiles(data, "*.building").Length;
        var how = child.ExitCode == 0 ? "completed" : string.Create(CultureInfo.InvariantCulture, $"killed after {writes} writes, {leftovers} temporary files left");
        return point % 2 == 0 ? how + " / " + await AskAsync(shelf) : how + " / " + await ServeAsync(shelf);
    }

    private static async Task<string> AskAsync(TestShelf shelf)
    {
        using var output = new StringWriter();
        var code = await AskVerb.RunAsync(["/who Sylvania", "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath, "--state", shelf.StatePath, "--outbox", shelf.OutboxDirectory], output, Ct);
        return code == 0 && output.ToString().StartsWith("Sylvania\n", StringComparison.Ordinal) ? "ask answered" : "ask failed: " + output.ToString()[..Math.Min(200, output.ToString().Length)];
    }

    private static async Task<string> ServeAsync(TestShelf shelf)
    {
        await using var app = TestHost.Build(shelf.HostArguments);
        var store = app.Services.GetRequiredService<KnowledgeStore>();
        var built = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Loaded, not Rebuilt: a base left whole by the kill is read from disk and needs no rebuild.
        store.Loaded += (_, _) => built.TrySetResult();
        await app.StartAsync();
        if (!store.IsLoaded)
        {
            await built.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }

        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        var articles = store.Read(r => r.ArticleCount);
        return ready.StatusCode == HttpStatusCode.OK && articles == Articles ? "serve ready" : string.Create(CultureInfo.InvariantCulture, $"serve failed: {ready.StatusCode}, {articles} articles");
    }
}
