using System.Globalization;
using System.Net.Http.Headers;

namespace BriefBot.Discord.Rest;

/// <summary>
/// What the last response said about one bucket: requests left and when it refills (§4.2). Limits are read from
/// the headers, never hard-coded.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _gate = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public DateTimeOffset ResetAt
    {
        get
        {
            lock (_gate)
            {
                return _resetAt;
            }
        }
    }

    /// <summary>How long to wait before the next request; a request that may go now is counted against the bucket.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_remaining is null || now >= _resetAt)
            {
                _remaining = null;
                return TimeSpan.Zero;
            }

            if (_remaining > 0)
            {
                _remaining--;
                return TimeSpan.Zero;
            }

            return _resetAt - now;
        }
    }

    public void Update(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (!TryRead(headers, "X-RateLimit-Remaining", out var remaining) || !TryRead(headers, "X-RateLimit-Reset-After", out var resetAfter))
        {
            return;
        }

        lock (_gate)
        {
            _remaining = (int)Math.Max(0, remaining);
            _resetAt = now + TimeSpan.FromSeconds(Math.Max(0, resetAfter));
        }
    }

    /// <summary>After a 429 the bucket is empty until Discord's retry_after has passed.</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (_gate)
        {
            _remaining = 0;
            _resetAt = until > _resetAt ? until : _resetAt;
        }
    }

    public static bool TryRead(HttpResponseHeaders headers, string name, out double value)
    {
        value = 0;
        return headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}
