using System.Text.Json.Nodes;
using System.Globalization;
using System.Text;
using BriefBot.TestKit.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Slack;

/// <summary>
/// A fake Slack: a real Kestrel server on 127.0.0.1 with a random port, following shared/protocols/slack.md. It serves
/// the Web API under <c>/api/&lt;method&gt;</c> (bearer token checked, Block Kit limits checked → invalid_blocks) and
/// response_urls under <c>/hooks/&lt;id&gt;</c> (five uses each), records every request, and plays scripted answers
/// first (429 with Retry-After, 5xx, ok:false).
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    /// <summary>The only token the fake accepts.</summary>
    public const string BotToken = "xoxb-test-token";

    public const string TeamId = "T0TEST";
    public const string BotUserId = "U0BOT";
    public const string BotId = "B0BOT";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RequestLog _requests = new();
    private readonly List<FakeSlackResponse> _script = [];
    private readonly Dictionary<string, int> _hookUses = new(StringComparer.Ordinal);
    private readonly List<(string Channel, JsonObject Message)> _posted = [];
    private long _nextTs = 1_700_000_000;

    private FakeSlackServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Where apps.connections.open sends the bot (§5.1); without one the method answers an error.</summary>
    public FakeSocketModeServer? SocketMode { get; set; }

    /// <summary>What <c>Slack:ApiBaseUrl</c> should be set to.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api");

    public IReadOnlyList<RecordedRequest> Requests => _requests.All;

    public static async Task<FakeSlackServer> StartAsync(CancellationToken cancellationToken)
    {
        var (server, address) = await LoopbackServer.StartAsync(
            app => new FakeSlackServer(app) is var fake ? (fake, (RequestDelegate)fake.HandleAsync) : default,
            webSockets: false,
            cancellationToken);
        server.BaseUrl = address;
        return server;
    }

    /// <summary>A fresh response_url, as Slack puts in each command and click.</summary>
    public Uri NewResponseUrl() => new(BaseUrl, "hooks/" + Guid.NewGuid().ToString("N"));

    /// <summary>Plays <paramref name="response"/> for the next request whose path matches, before normal handling.</summary>
    public FakeSlackServer Enqueue(FakeSlackResponse response)
    {
        lock (_gate)
        {
            _script.Add(response);
        }

        return this;
    }

    /// <summary>Completes with the first request (past or future) that matches.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken) =>
        _requests.WaitForAsync(match, cancellationToken);

    /// <summary>Completes when <paramref name="count"/> requests matching have arrived.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, Func<RecordedRequest, bool> match, CancellationToken cancellationToken) =>
        _requests.WaitForAsync(count, match, cancellationToken);

    /// <summary>Posts received at <paramref name="responseUrl"/>.</summary>
    public IReadOnlyList<RecordedRequest> PostsTo(Uri responseUrl) => [.. Requests.Where(r => r.Path == responseUrl.AbsolutePath)];

    public async ValueTask DisposeAsync()
    {
        _stopped.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body);

        FakeSlackResponse? scripted;
        lock (_gate)
        {
            scripted = _script.FirstOrDefault(s => request.Path.Contains(s.PathContains, StringComparison.Ordinal));
            if (scripted is not null)
            {
                _script.Remove(scripted);
            }
        }

        // A request that takes effect is seen (by Requests and by waiters) only once it has: a test that waits for
        // it may then kill the client and count on the effect being there.
        if (scripted is { HandleFirst: true })
        {
            Answer(request);
        }

        // Normal handling, too, happens before the request is seen: a test that waits for it finds its effect there.
        var answer = scripted ?? Answer(request);
        _requests.Add(request);

        if (scripted is { Hangs: true })
        {
            await _stopped.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (scripted is { Drops: true })
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private string NextTs() => string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _nextTs)}.000100");
}
