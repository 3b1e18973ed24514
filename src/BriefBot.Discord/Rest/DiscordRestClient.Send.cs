using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>Attempts per call, counting the first; 429s and 5xx share it.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private async Task<T?> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        var payload = body switch
        {
            null => null,
            // Already JSON: interaction responses are rendered once and sent as they are.
            byte[] json => json,
            _ => JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options),
        };
        var bucket = buckets.For(route);
        for (var attempt = 1; ; attempt++)
        {
            var wait = Max(buckets.GlobalDelay(), bucket.Reserve(time.GetUtcNow()));
            if (wait > TimeSpan.Zero)
            {
                Log.WaitingForBucket(logger, route.Key, wait.TotalSeconds);
                await Task.Delay(Min(wait, LongestWait), time, cancellationToken);
            }

            using var request = new HttpRequestMessage(route.Method, new Uri(route.Path, UriKind.Relative));
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = Json;
            }

            if (route.UsesBotToken && options.Value.BotToken is { Length: > 0 } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token.Trim());
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            buckets.Learn(route, response.Headers);
            bucket = buckets.For(route);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);

            if (response.IsSuccessStatusCode)
            {
                return bytes.Length == 0 ? default : JsonSerializer.Deserialize<T>(bytes, DiscordJson.Options);
            }

            if (attempt >= MaxAttempts)
            {
                Log.GaveUp(logger, route.Key, (int)response.StatusCode, attempt);
                throw new DiscordRestException(response.StatusCode, ReadError(bytes)?.Code, $"Discord answered {(int)response.StatusCode} to {route.Key} {attempt} times.");
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var (retryAfter, isGlobal) = ReadRetryAfter(response, bytes);
                Log.RateLimited(logger, route.Key, retryAfter.TotalSeconds, isGlobal);
                if (isGlobal)
                {
                    buckets.HoldGlobal(retryAfter);
                }
                else
                {
                    bucket.Exhaust(time.GetUtcNow() + retryAfter);
                }

                continue;
            }

            if ((int)response.StatusCode >= 500)
            {
                var backoff = FirstBackoff * Math.Pow(2, attempt - 1);
                Log.ServerError(logger, route.Key, (int)response.StatusCode, backoff.TotalSeconds);
                await Task.Delay(backoff, time, cancellationToken);
                continue;
            }

            var error = ReadError(bytes);
            Log.Refused(logger, route.Key, (int)response.StatusCode, error?.Code ?? 0, error?.Message ?? "");
            throw new DiscordRestException(response.StatusCode, error?.Code, $"Discord refused {route.Key}: {(int)response.StatusCode} code {error?.Code ?? 0} {error?.Message}");
        }
    }

    private static (TimeSpan RetryAfter, bool IsGlobal) ReadRetryAfter(HttpResponseMessage response, byte[] bytes)
    {
        double seconds = 1;
        var isGlobal = response.Headers.Contains("X-RateLimit-Global");
        var fromBody = false;
        try
        {
            var body = JsonSerializer.Deserialize<RateLimitedBody>(bytes, DiscordJson.Options);
            if (body is { RetryAfter: > 0 })
            {
                seconds = body.RetryAfter;
                fromBody = true;
            }

            isGlobal |= body?.Global == true;
        }
        catch (JsonException)
        {
            // Cloudflare's 429s are HTML; the Retry-After header then says how long.
        }

        // A body without retry_after (or no JSON body at all): the Retry-After header says how long (§4.3).
        if (!fromBody && RateLimitBucket.TryRead(response.Headers, "Retry-After", out var header) && header > 0)
        {
            seconds = header;
        }

        return (Min(TimeSpan.FromSeconds(seconds), LongestWait), isGlobal);
    }

    private static DiscordError? ReadError(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize<DiscordError>(bytes, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2201, EventName = "RateLimited", Level = LogLevel.Warning, Message = "Discord rate-limited {Route}: retrying after {RetryAfterSeconds} s (global: {IsGlobal})")]
        public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool isGlobal);

        [LoggerMessage(EventId = 2202, EventName = "ServerError", Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; retrying in {BackoffSeconds} s")]
        public static partial void ServerError(ILogger logger, string route, int status, double backoffSeconds);

        [LoggerMessage(EventId = 2203, EventName = "Refused", Level = LogLevel.Error, Message = "Discord refused {Route}: HTTP {Status}, code {Code}: {DiscordMessage}")]
        public static partial void Refused(ILogger logger, string route, int status, int code, string discordMessage);

        [LoggerMessage(EventId = 2204, EventName = "GaveUp", Level = LogLevel.Error, Message = "Gave up on {Route} after {Attempts} attempts; last status {Status}")]
        public static partial void GaveUp(ILogger logger, string route, int status, int attempts);

        [LoggerMessage(EventId = 2205, EventName = "WaitingForBucket", Level = LogLevel.Debug, Message = "Waiting {WaitSeconds} s for the rate-limit bucket of {Route}")]
        public static partial void WaitingForBucket(ILogger logger, string route, double waitSeconds);
    }
}
