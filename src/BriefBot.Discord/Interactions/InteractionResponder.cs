using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Turns a parsed interaction into its response: commands, autocomplete and component clicks
/// (shared/protocols/discord.md §1.3–§1.11). Both transports feed it: the HTTP endpoint after checking the
/// signature, the Gateway after an INTERACTION_CREATE dispatch; neither the commands nor the replies can tell which.
/// </summary>
internal sealed partial class InteractionResponder
{
    private readonly CommandDispatcher _dispatcher;
    private readonly DiscordReplyRenderer _renderer;
    private readonly FollowUps _followUps;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionResponder> _logger;
    private readonly TimeSpan _acknowledgeWithin;
    private readonly string? _applicationId;

    public InteractionResponder(
        CommandDispatcher dispatcher,
        DiscordReplyRenderer renderer,
        FollowUps followUps,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<InteractionResponder> logger)
    {
        _dispatcher = dispatcher;
        _renderer = renderer;
        _followUps = followUps;
        _time = time;
        _logger = logger;
        _acknowledgeWithin = options.Value.AcknowledgeWithin;
        _applicationId = options.Value.ApplicationId?.Trim();
    }

    /// <summary>The response to send within Discord's 3 s; PING is the HTTP front's business and is not handled here.</summary>
    public async Task<InteractionResult> RespondAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            return await RespondCoreAsync(payload, cancellationToken);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Caught once, at the edge both transports share: a signed payload no one foresaw gets a polite
            // answer and a log line, never a 500 over HTTP or silence over the Gateway.
            Log.Malformed(_logger, ex, payload.Id ?? "");
            return Polite("BriefBot could not read that interaction. Run the command again.");
        }
    }

    private async Task<InteractionResult> RespondCoreAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        return (InteractionType)payload.Type switch
        {
            InteractionType.ApplicationCommand => await CommandAsync(payload, cancellationToken),
            InteractionType.ApplicationCommandAutocomplete => await AutocompleteAsync(payload, cancellationToken),
            InteractionType.MessageComponent => await ComponentAsync(payload, cancellationToken),
            InteractionType.ModalSubmit => Polite("BriefBot has no forms to submit."),
            _ => Unknown(payload),
        };
    }

    private async Task<InteractionResult> CommandAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (CommandRequestReader.FromCommand(payload) is not { } request || payload.Token is not { Length: > 0 })
        {
            Log.Incomplete(_logger);
            return InteractionResult.Fail(400, "The command interaction has no name or token");
        }

        Log.Command(_logger, payload.Id ?? "", request.Command);
        return await AnswerAsync(payload, request, isComponent: false, cancellationToken);
    }

    private async Task<InteractionResult> ComponentAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var data = payload.Data;
        var command = data?.CustomId == ReplyComponents.PickCustomId ? (data.Values is { Count: > 0 } values ? values[0] : null) : data?.CustomId;
        if (command is null || !command.StartsWith('/') || payload.Token is not { Length: > 0 })
        {
            return Polite("That button no longer does anything. Run the command again.");
        }

        var request = CommandRequestReader.FromCommandText(command, payload);
        Log.Component(_logger, payload.Id ?? "", request.Command);
        return await AnswerAsync(payload, request, isComponent: true, cancellationToken);
    }

    /// <summary>
    /// Answers inline when the reply is ready within <see cref="DiscordOptions.AcknowledgeWithin"/>; otherwise
    /// acknowledges now (type 5, or 6 for a click) and lets <see cref="FollowUps"/> deliver the reply.
    /// </summary>
    private async Task<InteractionResult> AnswerAsync(InteractionPayload payload, CommandRequest request, bool isComponent, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var lifetime = _followUps.Lifetime();
        var work = _dispatcher.DispatchAsync(request, lifetime.Token);

        // Most answers come straight from the base, already done: no deadline timer for those.
        if (!work.IsCompleted)
        {
            // The deadline counts from before the work, so it covers all of it.
            using var deadlineSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var left = _acknowledgeWithin - _time.GetElapsedTime(started);
            var deadline = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, _time, deadlineSource.Token);
            var first = await Task.WhenAny(work, deadline);
            await deadlineSource.CancelAsync();
            if (first != work)
            {
                return Defer(payload, request, isComponent, work, lifetime);
            }
        }

        var reply = await ReplyOf(work);
        if (reply.Attachment is { } file && file.Content.Length > (payload.AttachmentSizeLimit ?? DiscordLimits.AttachmentBytes))
        {
            reply = TooLarge(reply, file, payload.AttachmentSizeLimit ?? DiscordLimits.AttachmentBytes);
        }

        if (reply.Attachment is not null && !isComponent && !reply.IsEphemeral)
        {
            // A file cannot ride in the JSON answer: acknowledge now and attach it to the edit of @original (multipart).
            return Defer(payload, request, isComponent, Task.FromResult(reply), lifetime);
        }

        lifetime.Dispose();
        return Respond(reply, isComponent);
    }

    private InteractionResult Defer(InteractionPayload payload, CommandRequest request, bool isComponent, Task<Reply> work, CancellationTokenSource lifetime)
    {
        var applicationId = payload.ApplicationId ?? _applicationId;
        if (applicationId is null)
        {
            lifetime.Dispose();
            return InteractionResult.Fail(400, "The interaction has no application id");
        }

        Log.Deferred(_logger, payload.Id ?? "", request.Command);
        _followUps.Deliver(work, applicationId, payload.Token!, isComponent, lifetime, request);
        return InteractionResult.Respond(InteractionResponse.Of(isComponent ? InteractionCallbackType.DeferredUpdateMessage : InteractionCallbackType.DeferredChannelMessageWithSource));
    }

    /// <summary>A file over the channel's upload limit is not sent: the answer says so and how to get it anyway.</summary>
    private static Reply TooLarge(Reply reply, ReplyAttachment file, long limit) => reply with
    {
        Summary = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.FileName} is {file.Content.Length / 1048576.0:F1} MB, more than this channel takes ({limit / 1048576.0:F0} MB). Ask for a shorter period or one actor, or run the export verb on the bot's machine."),
        Attachment = null,
        IsEphemeral = true,
    };

    private async Task<Reply> ReplyOf(Task<Reply> work)
    {
        try
        {
            return await work;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.AnswerFailed(_logger, ex);
            return Reply.Error("I could not answer that just now. Please try again in a moment.");
        }
    }

    /// <summary>
    /// A command gets a new message; a click updates the message it came from (type 7), except for errors and
    /// "not found", which go to the clicker alone as a new ephemeral message instead of replacing a public answer.
    /// </summary>
    private InteractionResult Respond(Reply reply, bool isComponent)
    {
        var message = _renderer.Render(reply);
        return !isComponent || reply.IsEphemeral
            ? InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.ChannelMessageWithSource, message))
            : InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.UpdateMessage, message with { Flags = null }));
    }

    private InteractionResult Polite(string text) => InteractionResult.Respond(InteractionResponse.Of(
        InteractionCallbackType.ChannelMessageWithSource,
        _renderer.Render(new Reply { Kind = ReplyKind.Invalid, Title = "Sorry", Summary = text, IsEphemeral = true })));

    private InteractionResult Unknown(InteractionPayload payload)
    {
        Log.UnknownType(_logger, payload.Type);
        return InteractionResult.Fail(400, "Unknown interaction type");
    }
}
