using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Every bucket the bot has seen, keyed by Discord's <c>X-RateLimit-Bucket</c> plus the top-level id (§4.2), and the
/// global limit. Shared by every <see cref="DiscordRestClient"/>, which is created per use.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    /// <summary>Webhook buckets are per interaction token; idle ones are dropped past this count.</summary>
    private const int PruneAbove = 1024;

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalGate = new();
    private DateTimeOffset _globalUntil;

    public RateLimitBucket For(DiscordRoute route)
    {
        var bucket = _bucketOfRoute.TryGetValue(route.Key, out var hash) ? hash : route.Key;
        return _buckets.GetOrAdd(bucket + "|" + route.TopLevelId, _ => new RateLimitBucket());
    }

    /// <summary>Reads the response headers into the right bucket, learning which bucket the route belongs to.</summary>
    public void Learn(DiscordRoute route, HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("X-RateLimit-Bucket", out var values) && values.FirstOrDefault() is { Length: > 0 and <= 64 } hash)
        {
            _bucketOfRoute[route.Key] = hash;
        }

        For(route).Update(headers, time.GetUtcNow());
        Prune();
    }

    public TimeSpan GlobalDelay()
    {
        lock (_globalGate)
        {
            var left = _globalUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public void HoldGlobal(TimeSpan retryAfter)
    {
        lock (_globalGate)
        {
            var until = time.GetUtcNow() + retryAfter;
            _globalUntil = until > _globalUntil ? until : _globalUntil;
        }
    }

    private void Prune()
    {
        if (_buckets.Count <= PruneAbove)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.ResetAt < now)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }
}
