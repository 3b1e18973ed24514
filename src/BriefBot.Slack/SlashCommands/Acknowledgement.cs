using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// The 3-second rule for slash commands (shared/protocols/slack.md §1.2): the answer goes inline when the
/// dispatcher finishes within <see cref="SlackOptions.AcknowledgeWithin"/>; otherwise the request is acknowledged
/// at once with a short "Working on it…" for the asker and the answer follows at response_url. Either way, one answer.
/// The HTTP response and the Socket Mode ack share this one object (STYLE §6).
/// </summary>
internal sealed partial class Acknowledgement(
    CommandDispatcher dispatcher,
    SlackReplyRenderer renderer,
    ResponseUrlDeliveries deliveries,
    AttachmentUploads uploads,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<Acknowledgement> logger)
{
    public const string WorkingText = "Working on it…";

    /// <summary>
    /// Runs <paramref name="request"/>. With <paramref name="mayAnswerInline"/> false (a Socket Mode envelope that
    /// accepts no response payload) the acknowledgement is empty at once and the answer always goes to response_url.
    /// </summary>
    public async Task<SlackResult> AnswerAsync(CommandRequest request, Uri responseUrl, bool mayAnswerInline, CancellationToken cancellationToken)
    {
        if (!mayAnswerInline)
        {
            var detached = deliveries.Lifetime();
            deliveries.Deliver(WithUpload(dispatcher.DispatchAsync(request, detached.Token), request, responseUrl), responseUrl, replaceOriginal: false, detached, request);
            return SlackResult.Acknowledged;
        }

        using var deadlineSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The timer starts before the work, so the deadline covers all of it.
        var deadline = Task.Delay(options.Value.AcknowledgeWithin, time, deadlineSource.Token);
        var lifetime = deliveries.Lifetime();
        var work = WithUpload(dispatcher.DispatchAsync(request, lifetime.Token), request, responseUrl);
        if (await Task.WhenAny(work, deadline) == work)
        {
            await deadlineSource.CancelAsync();
            lifetime.Dispose();
            return SlackResult.Respond(renderer.Render(await ReplyOf(work)));
        }

        Log.Deferred(logger, request.Command);
        deliveries.Deliver(work, responseUrl, replaceOriginal: false, lifetime, request);
        return SlackResult.Respond(new SlackMessage { ResponseType = SlackMessage.Ephemeral, Text = WorkingText }) with { IsDeferred = true };
    }

    /// <summary>The answer, and its file (if any) shared into the channel once the answer is there.</summary>
    private async Task<Reply> WithUpload(Task<Reply> work, CommandRequest request, Uri responseUrl)
    {
        var reply = await work;
        if (reply.Attachment is { } file && !reply.IsEphemeral)
        {
            uploads.Upload(file, request.ChannelId, responseUrl);
        }

        return reply;
    }

    private async Task<Reply> ReplyOf(Task<Reply> work)
    {
        try
        {
            return await work;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.AnswerFailed(logger, ex);
            return Reply.Error("I could not answer that just now. Please try again in a moment.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3006, EventName = "Deferred", Level = LogLevel.Information, Message = "/{Command} is slow; acknowledged, the answer follows at response_url")]
        public static partial void Deferred(ILogger logger, string command);

        [LoggerMessage(EventId = 3007, EventName = "AnswerFailed", Level = LogLevel.Error, Message = "Answering a slash command failed")]
        public static partial void AnswerFailed(ILogger logger, Exception exception);
    }
}
