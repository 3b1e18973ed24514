using System.Collections.Concurrent;
using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Finishes deferred interactions: waits for the reply, then edits <c>@original</c> through the webhook route
/// (shared/protocols/discord.md §1.10). Work outlives the HTTP request but not the interaction token (15 min)
/// nor the host.
/// </summary>
internal sealed partial class FollowUps(IServiceProvider services, DiscordReplyRenderer renderer, TimeProvider time, ILogger<FollowUps> logger) : IDisposable
{
    /// <summary>An edit of @original is idempotent, so it may be retried until the token expires.</summary>
    private readonly AnswerRetry _retry = new(time, IsTransient, maxRetries: 20);

    /// <summary>The token lives 15 minutes (§1.9); a little less leaves time for the edit itself.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Deliveries still running; tests and shutdown can wait for them.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>A token for work that may finish after the HTTP response: cancelled at token expiry or host stop.</summary>
    public CancellationTokenSource Lifetime()
    {
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        lifetime.CancelAfter(TokenLifetime);
        return lifetime;
    }

    public void Deliver(Task<Reply> work, string applicationId, string interactionToken, bool isComponent, CancellationTokenSource lifetime)
    {
        var delivery = DeliverAsync(work, applicationId, interactionToken, isComponent, lifetime);
        _pending.TryAdd(delivery, 0);
        _ = delivery.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeliverAsync(Task<Reply> work, string applicationId, string interactionToken, bool isComponent, CancellationTokenSource lifetime)
    {
        using var _ = lifetime;
        Reply reply;
        try
        {
            reply = await work;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            Log.Abandoned(logger);
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.DeliveryFailed(logger, ex);
            reply = Reply.Error("I could not answer that just now. Please try again in a moment.");
        }

        try
        {
            var message = renderer.Render(reply);
            var client = services.GetRequiredService<DiscordRestClient>();
            await _retry.ExecuteAsync(
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
                lifetime.Token);
            Log.Delivered(logger);
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            Log.Abandoned(logger);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Every deferred answer ends in a follow-up or in this line: nothing above this task would see the error.
            Log.DeliveryFailed(logger, ex);
        }
    }

    /// <summary>The connection dropped (or the attempt hung: the pipeline's timeout). 429s and 5xx are the REST client's own retries; not again here.</summary>
    private static bool IsTransient(Exception exception) => exception is HttpRequestException;

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }

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
