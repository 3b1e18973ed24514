using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Discord;

/// <summary>
/// A fake Discord REST API: a real Kestrel server on 127.0.0.1 with a random port, following
/// shared/protocols/discord.md. It records every request, keeps registered commands, rejects what Discord would
/// (limits → 50035, missing bot token → 401, no JSON content type → 50035), and plays scripted answers first.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(string Channel, JsonObject Message)> _channelMessages = [];
    private readonly RequestLog _requests = new();
    private readonly List<FakeResponse> _script = [];
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId = 900000000000000000;

    private FakeDiscordServer(WebApplication app)
    {
        _app = app;
    }

    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>What <c>GET /gateway/bot</c> answers; point <see cref="FakeGatewayBot.Url"/> at a <see cref="FakeDiscordGateway"/>.</summary>
    public FakeGatewayBot GatewayBot { get; set; } = new();

    /// <summary>Interaction responses posted to <c>/interactions/{id}/{token}/callback</c>, in order.</summary>
    public IReadOnlyList<RecordedRequest> Callbacks => [.. Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal))];

    public IReadOnlyList<RecordedRequest> Requests => _requests.All;

    public static async Task<FakeDiscordServer> StartAsync(CancellationToken cancellationToken)
    {
        var (server, address) = await LoopbackServer.StartAsync(
            app => new FakeDiscordServer(app) is var fake ? (fake, (RequestDelegate)fake.HandleAsync) : default,
            webSockets: false,
            cancellationToken);
        server.ApiBaseUrl = new Uri(address, "api/v10");
        return server;
    }

    /// <summary>Plays <paramref name="response"/> for the next request whose path matches, before normal handling.</summary>
    public FakeDiscordServer Enqueue(FakeResponse response)
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

    /// <summary>The commands registered in a scope: "global" or the guild id.</summary>
    public JsonArray? Commands(string scope)
    {
        lock (_gate)
        {
            return _commands.TryGetValue(scope, out var commands) ? (JsonArray)commands.DeepClone() : null;
        }
    }

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

        FakeResponse? scripted;
        lock (_gate)
        {
            scripted = _script.FirstOrDefault(s => request.Path.Contains(s.PathContains, StringComparison.Ordinal));
            if (scripted is not null)
            {
                _script.Remove(scripted);
            }
        }

        // A request that takes effect is seen (by Requests and by waiters) only once it has: a test that waits for
        // it may then kill the client, or look at the channel, and count on the effect being there.
        var normal = scripted is null || scripted.HandleFirst ? Answer(request) : default;
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

        var (status, answer, extra) = scripted is null ? normal : (scripted.Status, scripted.Body, scripted.Headers);
        context.Response.StatusCode = status;
        foreach (var (name, value) in extra)
        {
            context.Response.Headers[name] = value;
        }

        if (status != (int)HttpStatusCode.NoContent)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        }
    }
}
