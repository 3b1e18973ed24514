using System.Collections.Concurrent;
using System.Text.Json;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// INTERACTION_CREATE dispatches from every shard (§5.9): each interaction once, answered by the same
/// <see cref="InteractionResponder"/> as HTTP, its response posted to the callback endpoint (§1.7), since nothing
/// goes back over the socket. Deferred answers then go through <see cref="FollowUps"/>, as over HTTP.
/// </summary>
internal sealed partial class GatewayInteractions(
    InteractionResponder responder,
    RecentInteractionIds recent,
    IServiceProvider services,
    ILogger<GatewayInteractions> logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Answers still running; tests and shutdown can wait for them.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>
    /// Starts answering and returns at once, so the shard keeps reading (heartbeat ACKs included) while a
    /// command runs. A repeated id, as a resume replays, is dropped here.
    /// </summary>
    public void Receive(JsonElement data)
    {
        InteractionPayload? payload;
        try
        {
            payload = data.Deserialize<InteractionPayload>(DiscordJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            payload = null;
        }

        if (payload is not { Id: { Length: > 0 } id, Token: { Length: > 0 } token } || !Snowflake.IsValid(id))
        {
            Log.Unreadable(logger);
            return;
        }

        if (!recent.TryAdd(id))
        {
            Log.Duplicate(logger, id);
            return;
        }

        var answer = AnswerAsync(payload, id, token);
        _pending.TryAdd(answer, 0);
        _ = answer.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task AnswerAsync(InteractionPayload payload, string id, string token)
    {
        try
        {
            var result = await responder.RespondAsync(payload, _stopping.Token);
            if (!result.IsSuccess)
            {
                Log.Rejected(logger, id, result.Problem ?? "");
                return;
            }

            await services.GetRequiredService<DiscordRestClient>().CreateInteractionResponseAsync(id, token, result.Json, _stopping.Token);
            Log.Answered(logger, id);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Host stopping.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing above this task would see the exception: log it here, every time.
            Log.CallbackFailed(logger, id, ex);
        }
    }

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2421, EventName = "GatewayInteractionUnreadable", Level = LogLevel.Warning, Message = "Ignored an INTERACTION_CREATE without a readable id and token")]
        public static partial void Unreadable(ILogger logger);

        [LoggerMessage(EventId = 2422, EventName = "GatewayInteractionDuplicate", Level = LogLevel.Debug, Message = "Interaction {InteractionId} arrived again (replayed after a resume); already answered")]
        public static partial void Duplicate(ILogger logger, string interactionId);

        [LoggerMessage(EventId = 2423, EventName = "GatewayInteractionRejected", Level = LogLevel.Warning, Message = "Interaction {InteractionId} was not answered: {Problem}")]
        public static partial void Rejected(ILogger logger, string interactionId, string problem);

        [LoggerMessage(EventId = 2424, EventName = "GatewayInteractionAnswered", Level = LogLevel.Debug, Message = "Interaction {InteractionId}: response posted to the callback endpoint")]
        public static partial void Answered(ILogger logger, string interactionId);

        [LoggerMessage(EventId = 2425, EventName = "GatewayCallbackFailed", Level = LogLevel.Error, Message = "Interaction {InteractionId}: posting the response to the callback endpoint failed")]
        public static partial void CallbackFailed(ILogger logger, string interactionId, Exception exception);
    }
}
