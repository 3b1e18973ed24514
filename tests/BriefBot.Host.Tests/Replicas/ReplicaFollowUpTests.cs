using System.Globalization;
using System.Net;
using BriefBot.Host.Tests.Faults;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.State;
using Xunit;

namespace BriefBot.Host.Tests.Replicas;

/// <summary>
/// Two real host processes on one PostgreSQL and one fake Discord: a slow /who (one with a chart, which is always
/// acknowledged first and followed up) acknowledged by one replica whose follow-up never lands is sent once by
/// the other, whether the first is killed (<c>kill -9</c>, its lease runs out) or stopped as in a rolling restart
/// (it hands the answer over at once).
/// </summary>
public sealed class ReplicaFollowUpTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestShelf _shelf = new();
    private readonly InteractionSigner _signer = new();
    private TestPostgres? _database;
    private FakeDiscordServer _discord = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _shelf.WithArticle("harbour", "Harbour talks", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031. Quentin Hale and Ana Berg signed a harbour accord.");
        _discord = await FakeDiscordServer.StartAsync(Ct);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_slow_who_acknowledged_by_a_replica_that_goes_away_is_followed_up_once_by_the_other(bool killed)
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        _database = TestPostgres.CreateDatabase();

        // Killed: only the lease running out lets the other in. Stopped: the lease is too long to wait for, so only the hand-over can.
        var lease = killed ? "00:00:02" : "00:10:00";
        using var first = ChildProcess.Start(ServeArguments(1, lease));
        using var second = ChildProcess.Start(ServeArguments(2, lease));
        await Task.WhenAll(first.WhenLogged("Knowledge base ready"), second.WhenLogged("Knowledge base ready")).WaitAsync(Patience, Ct);
        var firstUrl = await first.ListeningAsync().WaitAsync(Patience, Ct);
        _discord.Enqueue(FakeResponse.Hang("@original"));

        using var http = new HttpClient();
        using var request = _signer.Request(new Uri(firstUrl, "/discord/interactions"), InteractionPayloads.Command("who", ("name", "Quentin Hale"), ("chart", "png")), TimeProvider.System.GetUtcNow());
        using var acknowledged = await http.SendAsync(request, Ct);
        var acknowledgement = await acknowledged.Content.ReadAsStringAsync(Ct);
        await _discord.WaitForRequestAsync(IsFollowUp, Ct).WaitAsync(Patience, Ct);
        if (killed)
        {
            first.Kill();
        }
        else
        {
            first.Stop();
        }

        await first.Exited.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await WhenLoggedAsync(second, "Delivered a deferred answer", first);
        second.Kill();
        await second.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Contains("\"type\":5", acknowledgement, StringComparison.Ordinal);
        var followUps = _discord.Requests.Where(IsFollowUp).ToList();
        Assert.Equal(2, followUps.Count);
        Assert.Contains("Quentin Hale", followUps[1].Body, StringComparison.Ordinal);
        Assert.Contains("who-quentin-hale.png", followUps[1].Body, StringComparison.Ordinal);
        Assert.Single(Lines(second.Output, "Took over a discord answer to /who"));
        Assert.Single(Lines(second.Output, "Delivered a deferred answer"));
        Assert.Empty(Lines(first.Output, "Delivered a deferred answer"));
    }

    /// <summary>Waits for <paramref name="pattern"/>; on timeout, fails with what both replicas said.</summary>
    private static async Task WhenLoggedAsync(ChildProcess replica, string pattern, ChildProcess other)
    {
        try
        {
            await replica.WhenLogged(pattern).WaitAsync(Patience, Ct);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no \"{pattern}\" in time.\n--- this replica:\n{replica.Output}\n--- the other:\n{other.Output}");
        }
    }

    private static IEnumerable<string> Lines(string output, string pattern) =>
        output.Split('\n').Where(l => l.Contains(pattern, StringComparison.Ordinal));

    private static bool IsFollowUp(RecordedRequest r) => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal);

    /// <summary>One replica: the shared shelf and database, a knowledge base of its own, HTTP on a free port, a short sweep.</summary>
    private string[] ServeArguments(int replica, string lease) =>
    [
        "serve", .. _shelf.HostArguments,
        "--Knowledge:DatabasePath", Path.Combine(_shelf.Root, "data", string.Create(CultureInfo.InvariantCulture, $"knowledge-{replica}.db")),
        "--urls", "http://127.0.0.1:0", "--Knowledge:WatchForChanges", "false",
        "--State:Provider", "postgres", "--State:ConnectionString", _database!.ConnectionString,
        "--DeferredAnswers:Lease", lease, "--DeferredAnswers:SweepEvery", "00:00:00.250",
        "--Discord:PublicKey", _signer.PublicKeyHex, "--Discord:ApplicationId", InteractionPayloads.ApplicationId,
        "--Discord:BotToken", "test-bot-token", "--Discord:ApiBaseUrl", _discord.ApiBaseUrl.AbsoluteUri, "--Discord:RegisterCommandsOnStart", "false",
    ];

    public async ValueTask DisposeAsync()
    {
        await _discord.DisposeAsync();
        _database?.Dispose();
        _signer.Dispose();
        _shelf.Dispose();
    }
}
