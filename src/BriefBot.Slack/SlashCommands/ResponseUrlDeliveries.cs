using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State.Deferred;
using BriefBot.Slack.Rendering;
using BriefBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Finishes acknowledged requests: waits for the reply, then POSTs it to the request's response_url
/// (shared/protocols/slack.md §1.4). Work outlives the HTTP request but not the URL (30 minutes) nor the host.
/// With <see cref="DeferredAnswerLeases"/> (bot state present) each command's answer is recorded, so another
/// replica finishes it if this one dies before posting.
/// </summary>
internal sealed partial class ResponseUrlDeliveries(IServiceProvider services, SlackReplyRenderer renderer, TimeProvider time, ILogger<ResponseUrlDeliveries> logger, DeferredAnswerLeases? leases = null) : IDisposable, IDeferredAnswerLog, IDeferredAnswerPlatform
{
    public const string PlatformName = "slack";

    /// <summary>A response_url works for 30 minutes (§1.4); a little less leaves time for the post itself.</summary>
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromMinutes(29);

    /// <summary>A response_url takes five posts (§1.4): the first and at most two more, leaving room for a later click's answer.</summary>
    private readonly AnswerRetry _retry = new(time, IsTransient, maxRetries: 2);

    private readonly DeferredAnswers _answers = new(UrlLifetime);

    /// <summary>Deliveries still running.</summary>
    public int PendingCount => _answers.PendingCount;

    /// <summary>A token for work that may finish after the HTTP response: cancelled when the URL expires or the host stops.</summary>
    public CancellationTokenSource Lifetime() => _answers.Lifetime();

    /// <summary>
    /// Posts the reply of <paramref name="work"/> when it is ready. With <paramref name="replaceOriginal"/> (a click) it
    /// replaces the message the click came from; an error or "not found" then goes to the clicker alone instead,
    /// leaving the public answer in place.
    /// </summary>
    public void Deliver(Task<Reply> work, Uri responseUrl, bool replaceOriginal, CancellationTokenSource lifetime, CommandRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var lease = request is null || leases is null
            ? null
            : leases.Record(DeferredAnswerRecord.For(request, PlatformName, responseUrl.AbsoluteUri, "", replaceOriginal, time.GetUtcNow().UtcDateTime + UrlLifetime));
        _answers.Deliver(work, lifetime, (reply, token) => SendAsync(reply, responseUrl, replaceOriginal, token), this, lease);
    }

    public string Platform => PlatformName;

    /// <summary>An answer another replica acknowledged: answered again here and posted to its response_url (a file it had is not shared).</summary>
    public void Resume(DeferredAnswerLease lease, Func<CancellationToken, Task<Reply>> answer)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(answer);
        var record = lease.Record;
        var responseUrl = new Uri(record.Target);
        var lifetime = _answers.Lifetime(record.AnswerExpiresUtc - time.GetUtcNow().UtcDateTime);
        _answers.Deliver(answer(lifetime.Token), lifetime, (reply, token) => SendAsync(reply, responseUrl, record.UpdatesOriginal, token), this, lease);
    }

    private Task SendAsync(Reply reply, Uri responseUrl, bool replaceOriginal, CancellationToken cancellationToken)
    {
        var message = renderer.Render(reply);
        if (replaceOriginal)
        {
            message = message.IsEphemeral
                ? message with { ReplaceOriginal = false }
                : message with { ResponseType = null, ReplaceOriginal = true };
        }

        var client = services.GetRequiredService<SlackWebApiClient>();
        return _retry.ExecuteAsync(token => client.PostToResponseUrlAsync(responseUrl, message, token), cancellationToken);
    }

    /// <summary>The connection dropped (or the attempt hung: the pipeline's timeout). 429s and 5xx are the Web API client's own retries; not again here.</summary>
    private static bool IsTransient(Exception exception) => exception is HttpRequestException;

    void IDeferredAnswerLog.Delivered() => Log.Delivered(logger);

    void IDeferredAnswerLog.Failed(Exception exception)
    {
        // A signed request naming somewhere else to post: refused, and said once, but it is not BriefBot failing.
        if (exception is SlackApiException { Error: SlackWebApiClient.UntrustedResponseUrl })
        {
            Log.Untrusted(logger);
        }
        else
        {
            Log.DeliveryFailed(logger, exception);
        }
    }

    void IDeferredAnswerLog.Abandoned() => Log.Abandoned(logger);

    public void Dispose() => _answers.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 3011, EventName = "DeferredAnswerDelivered", Level = LogLevel.Information, Message = "Delivered an answer to response_url")]
        public static partial void Delivered(ILogger logger);

        [LoggerMessage(EventId = 3012, EventName = "DeferredAnswerFailed", Level = LogLevel.Error, Message = "Could not deliver an answer to response_url")]
        public static partial void DeliveryFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 3014, EventName = "UntrustedResponseUrl", Level = LogLevel.Warning, Message = "Refused to post an answer to a response_url that is not Slack's; nothing was posted")]
        public static partial void Untrusted(ILogger logger);

        [LoggerMessage(EventId = 3013, EventName = "DeferredAnswerAbandoned", Level = LogLevel.Warning, Message = "Abandoned an answer: the response_url expired or the host is stopping")]
        public static partial void Abandoned(ILogger logger);
    }
}
