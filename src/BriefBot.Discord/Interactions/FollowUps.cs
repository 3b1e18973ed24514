using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State.Deferred;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Finishes deferred interactions: waits for the reply, then edits <c>@original</c> through the webhook route
/// (shared/protocols/discord.md §1.10). Work outlives the HTTP request but not the interaction token (15 min)
/// nor the host. With <see cref="DeferredAnswerLeases"/> (bot state present) each is recorded, so another replica
/// finishes it if this one dies before sending.
/// </summary>
internal sealed partial class FollowUps(IServiceProvider services, DiscordReplyRenderer renderer, TimeProvider time, ILogger<FollowUps> logger, DeferredAnswerLeases? leases = null) : IDisposable, IDeferredAnswerLog, IDeferredAnswerPlatform
{
    public const string PlatformName = "discord";

    /// <summary>The token lives 15 minutes (§1.9); a little less leaves time for the edit itself.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    /// <summary>An edit of @original is idempotent, so it may be retried until the token expires.</summary>
    private readonly AnswerRetry _retry = new(time, IsTransient, maxRetries: 20);

    private readonly DeferredAnswers _answers = new(TokenLifetime);

    /// <summary>Deliveries still running; tests and shutdown can wait for them.</summary>
    public int PendingCount => _answers.PendingCount;

    /// <summary>A token for work that may finish after the HTTP response: cancelled at token expiry or host stop.</summary>
    public CancellationTokenSource Lifetime() => _answers.Lifetime();

    public string Platform => PlatformName;

    /// <summary>Delivers the reply of <paramref name="work"/>; with <paramref name="request"/>, recorded in bot state first.</summary>
    public void Deliver(Task<Reply> work, string applicationId, string interactionToken, bool isComponent, CancellationTokenSource lifetime, CommandRequest? request = null)
    {
        var lease = request is null || leases is null
            ? null
            : leases.Record(DeferredAnswerRecord.For(request, PlatformName, interactionToken, applicationId, isComponent, time.GetUtcNow().UtcDateTime + TokenLifetime));
        _answers.Deliver(work, lifetime, (reply, token) => SendAsync(reply, applicationId, interactionToken, isComponent, token), this, lease);
    }

    public void Resume(DeferredAnswerLease lease, Func<CancellationToken, Task<Reply>> answer)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(answer);
        var record = lease.Record;
        var lifetime = _answers.Lifetime(record.AnswerExpiresUtc - time.GetUtcNow().UtcDateTime);
        _answers.Deliver(answer(lifetime.Token), lifetime, (reply, token) => SendAsync(reply, record.Route, record.Target, record.UpdatesOriginal, token), this, lease);
    }

    private Task SendAsync(Reply reply, string applicationId, string interactionToken, bool isComponent, CancellationToken cancellationToken)
    {
        var message = renderer.Render(reply);
        var client = services.GetRequiredService<DiscordRestClient>();
        return _retry.ExecuteAsync(
            async token =>
            {
                if (isComponent && reply.IsEphemeral)
                {
                    // A click's error goes to the clicker alone rather than replacing the public answer.
                    await client.CreateFollowUpAsync(applicationId, interactionToken, message, token);
                }
                else
                {
                    // The deferral already fixed the visibility; flags cannot change on an edit.
                    await client.EditOriginalResponseAsync(applicationId, interactionToken, message with { Flags = null }, token, reply.Attachment);
                }
            },
            cancellationToken);
    }

    /// <summary>The connection dropped (or the attempt hung: the pipeline's timeout). 429s and 5xx are the REST client's own retries; not again here.</summary>
    private static bool IsTransient(Exception exception) => exception is HttpRequestException;

    void IDeferredAnswerLog.Delivered() => Log.Delivered(logger);

    void IDeferredAnswerLog.Failed(Exception exception) => Log.DeliveryFailed(logger, exception);

    void IDeferredAnswerLog.Abandoned() => Log.Abandoned(logger);

    public void Dispose() => _answers.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 2011, EventName = "DeferredAnswerDelivered", Level = LogLevel.Information, Message = "Delivered a deferred answer")]
        public static partial void Delivered(ILogger logger);

        [LoggerMessage(EventId = 2012, EventName = "DeferredAnswerFailed", Level = LogLevel.Error, Message = "Could not deliver a deferred answer")]
        public static partial void DeliveryFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 2013, EventName = "DeferredAnswerAbandoned", Level = LogLevel.Warning, Message = "Abandoned a deferred answer: the interaction token expired or the host is stopping")]
        public static partial void Abandoned(ILogger logger);
    }
}
