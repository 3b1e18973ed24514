using System.Net.WebSockets;

namespace BriefBot.Discord.Gateway;

internal sealed partial class GatewayShard
{
    /// <summary>
    /// First beat after <c>interval × jitter</c>, then one per interval (§5.3). A beat due while the previous one
    /// is still unacknowledged means a zombie connection: close it with a resumable code and resume elsewhere.
    /// </summary>
    private async Task HeartbeatAsync(GatewayConnection connection, TimeSpan interval)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Floor(interval.TotalMilliseconds * _jitter.Next())), _time, connection.Token);
            while (true)
            {
                if (!connection.HeartbeatAcked)
                {
                    Log.Zombie(_logger, Shard);
                    await connection.Socket.CloseAsync(ResumableCloseCode, connection.Token);
                    await connection.EndAsync(new GatewayDisconnect(GatewayNext.Resume, "no heartbeat ACK from Discord (zombie connection)"));
                    return;
                }

                connection.HeartbeatAcked = false;
                await connection.Socket.SendAsync(new GatewayCommand((int)GatewayOpcode.Heartbeat, Sequence), connection.Token);
                Log.HeartbeatSent(_logger, Shard, Sequence);
                await Task.Delay(interval, _time, connection.Token);
            }
        }
        catch (OperationCanceledException) when (connection.Token.IsCancellationRequested)
        {
            // The connection ended; the receive loop reports why.
        }
        catch (WebSocketException)
        {
            // The socket dropped; the receive loop sees it too and reports it.
        }
    }
}
