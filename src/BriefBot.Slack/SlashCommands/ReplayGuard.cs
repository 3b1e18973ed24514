using System.Security.Cryptography;
using BriefBot.Core.State.Replays;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Remembers which requests were already answered, so a retry (<c>X-Slack-Retry-Num</c>) or a replayed signed body
/// never produces a second answer, whichever replica Slack re-delivers it to: the claims are the shared state's
/// when replicas share PostgreSQL. Keyed by trigger_id (one per invocation or click) or else by a hash of the body.
/// </summary>
internal sealed class ReplayGuard(IReplayClaims claims)
{
    /// <summary>Slack retries within about five minutes (§2.2); signed bodies older than five minutes fail anyway.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string key) => claims.TryClaim("slack:" + key, Window);

    public static string KeyOf(string? triggerId, ReadOnlySpan<byte> body) =>
        triggerId is { Length: > 0 and <= 256 } ? "t:" + triggerId : "b:" + Convert.ToHexString(SHA256.HashData(body));
}
