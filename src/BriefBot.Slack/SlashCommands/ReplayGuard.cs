using System.Security.Cryptography;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Remembers which requests were already answered, so a retry (<c>X-Slack-Retry-Num</c>) or a replayed signed body
/// never produces a second answer. Keyed by trigger_id (one per invocation or click) or else by a hash of the body;
/// bounded in count and age.
/// </summary>
internal sealed class ReplayGuard(TimeProvider time)
{
    public const int Capacity = 10_000;

    /// <summary>Slack retries within about five minutes (§2.2); signed bodies older than five minutes fail anyway.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string key)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Count >= Capacity || now - _order.Peek().At > Window))
            {
                _seen.Remove(_order.Dequeue().Key);
            }

            if (!_seen.Add(key))
            {
                return false;
            }

            _order.Enqueue((key, now));
            return true;
        }
    }

    public static string KeyOf(string? triggerId, ReadOnlySpan<byte> body) =>
        triggerId is { Length: > 0 and <= 256 } ? "t:" + triggerId : "b:" + Convert.ToHexString(SHA256.HashData(body));
}
