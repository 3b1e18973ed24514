using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Discord;

public sealed partial class FakeDiscordGateway
{
    /// <summary>READY on the latest connection, naming <see cref="ResumeUrl"/> (§5.5).</summary>
    public Task SendReadyAsync(CancellationToken cancellationToken) => DispatchAsync("READY", new JsonObject
    {
        ["v"] = 10,
        ["session_id"] = SessionId,
        ["resume_gateway_url"] = ResumeUrl.AbsoluteUri,
        ["user"] = new JsonObject { ["id"] = InteractionPayloads.ApplicationId, ["username"] = "BriefBot", ["bot"] = true },
        ["guilds"] = new JsonArray(),
        ["application"] = new JsonObject { ["id"] = InteractionPayloads.ApplicationId, ["flags"] = 0 },
    }, cancellationToken);

    /// <summary>INTERACTION_CREATE with the next sequence number; returns that number.</summary>
    public Task<long> DispatchInteractionAsync(string interactionJson, CancellationToken cancellationToken) =>
        DispatchAsync("INTERACTION_CREATE", JsonNode.Parse(interactionJson)!, cancellationToken);

    /// <summary>INTERACTION_CREATE around <paramref name="rawJson"/> as it is, for JSON no serializer writes (lone surrogates).</summary>
    public async Task<long> DispatchRawInteractionAsync(string rawJson, CancellationToken cancellationToken)
    {
        long sequence;
        string json;
        lock (_gate)
        {
            sequence = ++_sequence;
            json = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"op\":0,\"s\":{sequence},\"t\":\"INTERACTION_CREATE\",\"d\":{rawJson}}}");
            _dispatches.Add((sequence, json));
        }

        await SendAsync(Latest(), json, cancellationToken);
        return sequence;
    }

    /// <summary>A dispatch with the next sequence number, sent on the latest connection and kept for replay.</summary>
    public async Task<long> DispatchAsync(string type, JsonNode data, CancellationToken cancellationToken)
    {
        var (sequence, json) = Record(type, data);
        await SendAsync(Latest(), json, cancellationToken);
        return sequence;
    }

    /// <summary>
    /// An INTERACTION_CREATE Discord numbered and would replay, but which never reached the client: lost in the
    /// drop that follows. A resume from an earlier sequence replays it.
    /// </summary>
    public long LoseInteraction(string interactionJson) => Record("INTERACTION_CREATE", JsonNode.Parse(interactionJson)!).Sequence;

    /// <summary>Sends an already numbered dispatch again, as a replay after resume does.</summary>
    public async Task RedispatchAsync(long sequence, CancellationToken cancellationToken)
    {
        string json;
        lock (_gate)
        {
            json = _dispatches.Single(d => d.Sequence == sequence).Json;
        }

        await SendAsync(Latest(), json, cancellationToken);
    }

    /// <summary>Op 1: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync(CancellationToken cancellationToken) => SendAsync(Latest(), new JsonObject { ["op"] = 1, ["d"] = null }.ToJsonString(), cancellationToken);

    /// <summary>Op 7 Reconnect.</summary>
    public Task RequestReconnectAsync(CancellationToken cancellationToken) => SendAsync(Latest(), new JsonObject { ["op"] = 7, ["d"] = null }.ToJsonString(), cancellationToken);

    /// <summary>Op 9 Invalid Session; <paramref name="resumable"/> is its <c>d</c>.</summary>
    public Task InvalidateSessionAsync(bool resumable, CancellationToken cancellationToken) => SendAsync(Latest(), new JsonObject { ["op"] = 9, ["d"] = resumable }.ToJsonString(), cancellationToken);

    /// <summary>Closes the latest connection with <paramref name="code"/>.</summary>
    public Task CloseAsync(int code, CancellationToken cancellationToken) => Latest().CloseAsync(code, cancellationToken);

    /// <summary>Drops the latest connection's TCP connection with no close frame.</summary>
    public void Abort() => Latest().Abort();

    /// <summary>
    /// Asks for a heartbeat and waits for it: the client reads in order, so everything sent before has been
    /// handled when this returns.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var connection = Latest();
        var before = Frames.Count(f => f.Op == 1 && f.Connection == connection.Number);
        await RequestHeartbeatAsync(cancellationToken);
        await WaitForFramesAsync(before + 1, f => f.Op == 1 && f.Connection == connection.Number, cancellationToken);
    }

    /// <summary>Completes when the client has sent <paramref name="count"/> frames matching; returns all that match.</summary>
    public async Task<IReadOnlyList<FakeGatewayFrame>> WaitForFramesAsync(int count, Func<FakeGatewayFrame, bool> match, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Frames.Count(match) >= count, cancellationToken);
        return [.. Frames.Where(match)];
    }

    /// <summary>The first frame matching, once sent.</summary>
    public async Task<FakeGatewayFrame> WaitForFrameAsync(Func<FakeGatewayFrame, bool> match, CancellationToken cancellationToken) =>
        (await WaitForFramesAsync(1, match, cancellationToken))[0];

    /// <summary>Completes when <paramref name="count"/> connection attempts have been refused.</summary>
    public Task WaitForRefusedAsync(int count, CancellationToken cancellationToken) => WaitUntilAsync(() => RefusedCount >= count, cancellationToken);

    /// <summary>Completes when the client has opened <paramref name="count"/> connections; returns that one.</summary>
    public async Task<FakeGatewayConnection> WaitForConnectionAsync(int count, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Connections.Count >= count, cancellationToken);
        return Connections[count - 1];
    }

    private FakeGatewayConnection Latest() => Connections[^1];

    private (long Sequence, string Json) Record(string type, JsonNode data)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var json = new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data }.ToJsonString();
            _dispatches.Add((sequence, json));
            return (sequence, json);
        }
    }

    private Task SendAsync(FakeGatewayConnection connection, JsonObject message) => SendAsync(connection, message.ToJsonString(), CancellationToken.None);

    private Task SendAsync(FakeGatewayConnection connection, string json, CancellationToken cancellationToken) =>
        connection.SendAsync(json, FragmentSize, cancellationToken);

    private Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((condition, done));
        }

        Signal();

        // The safety net: a client that never does what the test waits for fails the test instead of hanging it.
        return done.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>Re-checks every waiter after anything changed.</summary>
    private void Signal()
    {
        List<(Func<bool> Condition, TaskCompletionSource Done)> waiters;
        lock (_gate)
        {
            waiters = [.. _waiters];
        }

        foreach (var waiter in waiters.Where(w => w.Condition()))
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            waiter.Done.TrySetResult();
        }
    }
}
