using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.Slack.SlashCommands;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Interactivity;

/// <summary>
/// Button clicks. <see cref="HandleAsync"/> is the HTTP front: signature first (401 before parsing), then
/// <c>payload</c>; <see cref="Answer"/> is shared with Socket Mode's <c>interactive</c> envelopes. A click on a choice or a
/// page button re-runs the command text its value carries; the request is acknowledged at once with an empty 200
/// and the answer replaces the original message through the click's response_url (shared/protocols/slack.md §1.3).
/// </summary>
internal sealed partial class InteractivityHandler
{
    /// <summary>Payloads carry the whole message the button sat in, percent-encoded; room for the largest BriefBot sends.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private readonly SlackSignatureVerifier _verifier;
    private readonly RejectedRequests _rejected;
    private readonly ReplayGuard _replays;
    private readonly CommandDispatcher _dispatcher;
    private readonly ResponseUrlDeliveries _deliveries;
    private readonly ILogger<InteractivityHandler> _logger;
    private readonly HashSet<string> _admins;

    public InteractivityHandler(
        SlackSignatureVerifier verifier,
        ReplayGuard replays,
        CommandDispatcher dispatcher,
        ResponseUrlDeliveries deliveries,
        IOptions<SlackOptions> options,
        RejectedRequests rejected,
        ILogger<InteractivityHandler> logger)
    {
        _rejected = rejected;
        _verifier = verifier;
        _replays = replays;
        _dispatcher = dispatcher;
        _deliveries = deliveries;
        _logger = logger;
        _admins = new HashSet<string>(options.Value.Admins.Select(a => a.Trim()), StringComparer.Ordinal);
    }

    public Task<SlackResult> HandleAsync(ReadOnlyMemory<byte> body, SlackRequestHeaders headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!_verifier.IsValid(headers.Signature, headers.Timestamp, body.Span))
        {
            _rejected.Reject("slack");
            return Task.FromResult(SlackResult.Fail(401, "Invalid request signature"));
        }

        if (Read(body.Span) is not { } payload)
        {
            Log.Unreadable(_logger);
            return Task.FromResult(SlackResult.Fail(400, "The body is not an interaction payload"));
        }

        return Task.FromResult(Answer(payload, ReplayGuard.KeyOf(payload.TriggerId, body.Span), headers.RetryNum ?? "none"));
    }

    /// <summary>
    /// A parsed interaction, whichever transport brought it: acknowledged empty at once, answered once per
    /// <paramref name="replayKey"/> at its response_url. <paramref name="retry"/> is only for the log.
    /// </summary>
    public SlackResult Answer(InteractionPayload payload, string replayKey, string retry)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Type != "block_actions")
        {
            Log.Ignored(_logger, payload.Type is { Length: <= 40 } type ? type : "unknown");
            return SlackResult.Acknowledged;
        }

        if (ResponseUrls.Parse(payload.ResponseUrl) is not { } responseUrl)
        {
            Log.Unreadable(_logger);
            return SlackResult.Fail(400, "The interaction has no response_url");
        }

        if (!_replays.TryClaim(replayKey))
        {
            Log.Repeated(_logger, retry);
            return SlackResult.Acknowledged;
        }

        var lifetime = _deliveries.Lifetime();
        var action = payload.Actions?.FirstOrDefault(a => a?.ActionId?.StartsWith(ActionIds.Prefix, StringComparison.Ordinal) == true);
        if (action?.Value is not { } command || !ActionIds.Carries(command))
        {
            _deliveries.Deliver(Task.FromResult(Reply.Invalid("Sorry", "That button no longer does anything. Run the command again.")), responseUrl, replaceOriginal: true, lifetime);
            return SlackResult.Acknowledged;
        }

        var request = CommandRequest.FromText(command, Platform.Slack) with
        {
            UserId = payload.User?.Id,
            ChannelId = payload.Channel?.Id,
            TeamId = payload.Team?.Id,
            CanManageChannel = _admins.Count == 0 || (payload.User?.Id is { } user && _admins.Contains(user)),
        };
        Log.Click(_logger, request.Command, action!.ActionId!);
        _deliveries.Deliver(_dispatcher.DispatchAsync(request, lifetime.Token), responseUrl, replaceOriginal: true, lifetime, request);
        return SlackResult.Acknowledged;
    }

    private static InteractionPayload? Read(ReadOnlySpan<byte> body)
    {
        if (FormBody.Parse(body) is not { } fields || !fields.TryGetValue("payload", out var json) || json.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<InteractionPayload>(json, SlackJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static partial class Log
    {

        [LoggerMessage(EventId = 3102, EventName = "UnreadableInteraction", Level = LogLevel.Warning, Message = "Rejected a signed interaction whose payload could not be read")]
        public static partial void Unreadable(ILogger logger);

        [LoggerMessage(EventId = 3103, EventName = "IgnoredInteraction", Level = LogLevel.Information, Message = "Acknowledged an interaction of type {Type}, which BriefBot does not use")]
        public static partial void Ignored(ILogger logger, string type);

        [LoggerMessage(EventId = 3104, EventName = "Click", Level = LogLevel.Debug, Message = "Click on {ActionId} re-running {Command}")]
        public static partial void Click(ILogger logger, string command, string actionId);

        [LoggerMessage(EventId = 3105, EventName = "RepeatedInteraction", Level = LogLevel.Information, Message = "Interaction was already answered (retry {RetryNum}); acknowledged without a second answer")]
        public static partial void Repeated(ILogger logger, string retryNum);
    }
}
