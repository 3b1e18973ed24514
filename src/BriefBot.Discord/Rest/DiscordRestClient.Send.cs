using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BriefBot.Core.Replies;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>Attempts per call, counting the first (the shared <see cref="CallRetry"/> policy).</summary>
    public const int MaxAttempts = CallRetry.MaxAttempts;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly CallRetry retry = new(time);

    private async Task<T?> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken, ReplyAttachment? file = null)
    {
        var payload = body switch
        {
            null => null,
            // Already JSON: interaction responses are rendered once and sent as they are.
            byte[] json => json,
            _ => JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options),
        };
        var started = time.GetTimestamp();
        return await retry.ExecuteAsync<T>((attempt, token) => AttemptAsync<T>(route, payload, file, attempt, started, token), cancellationToken);
    }

    /// <summary>One request, after the route's bucket allows it; the answer read as Discord documents it (§4).</summary>
    private async ValueTask<CallAttempt<T>> AttemptAsync<T>(DiscordRoute route, byte[]? payload, ReplyAttachment? file, int attempt, long started, CancellationToken cancellationToken)
    {
        var bucket = buckets.For(route);
        var wait = Max(buckets.GlobalDelay(), bucket.Reserve(time.GetUtcNow()));
        if (wait > TimeSpan.Zero)
        {
            // The bucket's wait counts against the call's budget like a 429's: a reset past it is not waited for,
            // so the owner of the work (a sweep, a deferred answer's retry) tries again later instead of hanging.
            var left = CallRetry.TotalBudget - time.GetElapsedTime(started);
            if (wait > left)
            {
                Log.BucketBeyondBudget(logger, route.Key, wait.TotalSeconds);
                return CallAttempt.Failed<T>(() => new DiscordRestException(HttpStatusCode.TooManyRequests, null, $"Discord's bucket for {route.Key} resets in {wait.TotalSeconds:0.#} s, past the call's budget."));
            }

            Log.WaitingForBucket(logger, route.Key, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }

        using var request = new HttpRequestMessage(route.Method, new Uri(route.Path, UriKind.Relative));
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = Json;
        }

        if (file is not null)
        {
            // With a file the JSON travels as the payload_json part and the file as files[0] (§3.1, multipart/form-data).
            var json = request.Content ?? new ByteArrayContent("{}"u8.ToArray());
            json.Headers.ContentType = Json;
            var filePart = new ByteArrayContent(file.Content);
            filePart.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            request.Content = new MultipartFormDataContent { { json, "payload_json" }, { filePart, "files[0]", file.FileName } };
        }

        if (route.UsesBotToken && options.Value.BotToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token.Trim());
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        buckets.Learn(route, response.Headers);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var status = response.StatusCode;

        if (response.IsSuccessStatusCode)
        {
            return CallAttempt.Succeeded<T>(bytes.Length == 0 ? default : JsonSerializer.Deserialize<T>(bytes, DiscordJson.Options));
        }

        Exception GaveUp()
        {
            Log.GaveUp(logger, route.Key, (int)status, attempt);
            return new DiscordRestException(status, ReadError(bytes)?.Code, $"Discord answered {(int)status} to {route.Key} {attempt} times.");
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            var (retryAfter, isGlobal) = ReadRetryAfter(response, bytes);
            if (isGlobal)
            {
                buckets.HoldGlobal(retryAfter);
            }
            else
            {
                buckets.For(route).Exhaust(time.GetUtcNow() + retryAfter);
            }

            return CallAttempt.Retry<T>(retryAfter, GaveUp, delay => Log.RateLimited(logger, route.Key, delay.TotalSeconds, isGlobal));
        }

        if ((int)status >= 500)
        {
            return CallAttempt.Retry<T>(FirstBackoff * Math.Pow(2, attempt - 1), GaveUp, delay => Log.ServerError(logger, route.Key, (int)status, delay.TotalSeconds));
        }

        var error = ReadError(bytes);
        Log.Refused(logger, route.Key, (int)status, error?.Code ?? 0, error?.Message ?? "");
        return CallAttempt.Failed<T>(() => new DiscordRestException(status, error?.Code, $"Discord refused {route.Key}: {(int)status} code {error?.Code ?? 0} {error?.Message}"));
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

        [LoggerMessage(EventId = 2206, EventName = "BucketBeyondBudget", Level = LogLevel.Warning, Message = "Discord's bucket for {Route} resets in {WaitSeconds} s, past the call's budget; not sent")]
        public static partial void BucketBeyondBudget(ILogger logger, string route, double waitSeconds);

        [LoggerMessage(EventId = 2205, EventName = "WaitingForBucket", Level = LogLevel.Debug, Message = "Waiting {WaitSeconds} s for the rate-limit bucket of {Route}")]
        public static partial void WaitingForBucket(ILogger logger, string route, double waitSeconds);
    }
}
