using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.WebApi;

internal sealed partial class SlackWebApiClient
{
    /// <summary>Attempts per call, counting the first (the shared <see cref="CallRetry"/> policy).</summary>
    public const int MaxAttempts = CallRetry.MaxAttempts;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <summary>Without the charset Slack adds a <c>missing_charset</c> warning (§3.1).</summary>
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly CallRetry retry = new(time);

    private async Task<SlackApiResponse> SendAsync(SlackCall call, object body, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), SlackJson.Options);
        return await SendBytesAsync(call, payload, Json, cancellationToken);
    }

    /// <summary>Bytes as they are (a file to an upload URL), under the same retry policy as every call.</summary>
    private async Task<SlackApiResponse> SendBytesAsync(SlackCall call, byte[] payload, MediaTypeHeaderValue contentType, CancellationToken cancellationToken) =>
        (await retry.ExecuteAsync<SlackApiResponse>((attempt, token) => AttemptAsync(call, payload, contentType, attempt, token), cancellationToken))!;

    /// <summary>One request; the answer read as Slack documents it (§3.1: HTTP status and <c>ok</c> both count).</summary>
    private async ValueTask<CallAttempt<SlackApiResponse>> AttemptAsync(SlackCall call, byte[] payload, MediaTypeHeaderValue contentType, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, call.Url) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = contentType;
        if (call.Token != SlackToken.None)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(call));
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var answer = Read(bytes);

        if (response.IsSuccessStatusCode && (answer is null ? call.Token == SlackToken.None : answer.Ok))
        {
            if (answer?.Warning is { Length: > 0 } warning)
            {
                Log.Warned(logger, call.Name, warning);
            }

            return CallAttempt.Succeeded<SlackApiResponse>(answer ?? new SlackApiResponse { Ok = true });
        }

        var error = answer?.Error ?? ErrorName(bytes, status);
        var failure = new SlackApiException(call.Name, error, status, answer?.ResponseMetadata?.Messages);
        var rateLimited = response.StatusCode == HttpStatusCode.TooManyRequests || error == "ratelimited";
        if (!rateLimited && !(status >= 500 && call.RetriesServerErrors))
        {
            Log.Refused(logger, call.Name, status, error);
            return CallAttempt.Failed<SlackApiResponse>(() => failure);
        }

        Exception GaveUp()
        {
            Log.GaveUp(logger, call.Name, status, attempt);
            return failure;
        }

        return rateLimited
            ? CallAttempt.Retry<SlackApiResponse>(RetryAfter(response), GaveUp, delay => Log.RateLimited(logger, call.Name, delay.TotalSeconds))
            : CallAttempt.Retry<SlackApiResponse>(FirstBackoff * Math.Pow(2, attempt - 1), GaveUp, delay => Log.ServerError(logger, call.Name, status, delay.TotalSeconds));
    }

    /// <summary>The bot token for Web API methods, the app-level token for apps.connections.open (§5.1, header only).</summary>
    private string TokenFor(SlackCall call)
    {
        var (token, setting) = call.Token == SlackToken.App
            ? (options.Value.AppToken, "Slack:AppToken (Slack__AppToken)")
            : (options.Value.BotToken, "Slack:BotToken (Slack__BotToken)");
        return string.IsNullOrWhiteSpace(token)
            ? throw new SlackApiException(call.Name, "not_authed", null, [setting + " is not set."])
            : token.Trim();
    }

    /// <summary>
    /// Slack's 429 carries <c>Retry-After</c> in whole seconds (§3.5); without one, a second. <c>Retry-After: 0</c>
    /// also waits a second: retrying at once only hammers a limiter that has just said no.
    /// </summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (response.Headers.TryGetValues("Retry-After", out var values) && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(seconds)
                : FirstBackoff);
        return wait < FirstBackoff ? FirstBackoff : wait > LongestWait ? LongestWait : wait;
    }

    private static SlackApiResponse? Read(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes[0] != (byte)'{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SlackApiResponse>(bytes, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>response_url errors come as short plain text ("invalid_blocks", "expired_url"); anything else becomes "http_NNN".</summary>
    private static string ErrorName(byte[] bytes, int status)
    {
        var text = bytes.Length is > 0 and <= 64 ? Encoding.UTF8.GetString(bytes).Trim() : "";
        return text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || c == '_')
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"http_{status}");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, EventName = "RateLimited", Level = LogLevel.Warning, Message = "Slack rate-limited {Call}: retrying after {RetryAfterSeconds} s")]
        public static partial void RateLimited(ILogger logger, string call, double retryAfterSeconds);

        [LoggerMessage(EventId = 3202, EventName = "ServerError", Level = LogLevel.Warning, Message = "Slack answered {Status} to {Call}; retrying in {BackoffSeconds} s")]
        public static partial void ServerError(ILogger logger, string call, int status, double backoffSeconds);

        [LoggerMessage(EventId = 3203, EventName = "Refused", Level = LogLevel.Error, Message = "Slack refused {Call}: HTTP {Status}, error {Error}")]
        public static partial void Refused(ILogger logger, string call, int status, string error);

        [LoggerMessage(EventId = 3204, EventName = "GaveUp", Level = LogLevel.Error, Message = "Gave up on {Call} after {Attempts} attempts; last status {Status}")]
        public static partial void GaveUp(ILogger logger, string call, int status, int attempts);

        [LoggerMessage(EventId = 3205, EventName = "Warned", Level = LogLevel.Warning, Message = "Slack accepted {Call} with warnings: {Warning}")]
        public static partial void Warned(ILogger logger, string call, string warning);
    }
}
