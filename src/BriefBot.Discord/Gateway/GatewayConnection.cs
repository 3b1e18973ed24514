namespace BriefBot.Discord.Gateway;

/// <summary>
/// What the receive loop and the heartbeat loop of one connection share: the socket, whether the last heartbeat
/// was acknowledged, and how the connection ended when the heartbeat side ended it.
/// </summary>
internal sealed class GatewayConnection(GatewaySocket socket, CancellationTokenSource lifetime)
{
    private volatile bool _heartbeatAcked = true;
    private GatewayDisconnect? _end;

    public GatewaySocket Socket => socket;

    public CancellationToken Token => lifetime.Token;

    /// <summary>True until a heartbeat goes out, and again once the server acknowledges it.</summary>
    public bool HeartbeatAcked
    {
        get => _heartbeatAcked;
        set => _heartbeatAcked = value;
    }

    public GatewayDisconnect? End => Volatile.Read(ref _end);

    /// <summary>Ends the connection from outside the receive loop; the first reason wins.</summary>
    public async Task EndAsync(GatewayDisconnect end)
    {
        Interlocked.CompareExchange(ref _end, end, null);
        await lifetime.CancelAsync();
    }
}
