using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Slash commands. <see cref="HandleAsync"/> is the HTTP front: raw bytes and headers, signature first (401 before
/// any parsing), then the form. <see cref="AnswerAsync"/> is what every transport shares (HTTP and Socket Mode):
/// the configured command name → the neutral command → the answer (shared/protocols/slack.md §1, §2, §5).
/// Knows nothing of ASP.NET.
/// </summary>
internal sealed partial class SlashCommandHandler
{
    /// <summary>Largest body read: a form of a dozen fields; 10 KB of hostile text percent-encoded fits.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly byte[] SslCheck = "ssl_check=1"u8.ToArray();

    private readonly SlackSignatureVerifier _verifier;
    private readonly RejectedRequests _rejected;
    private readonly ReplayGuard _replays;
    private readonly Acknowledgement _acknowledgement;
    private readonly ResponseUrlDeliveries _deliveries;
    private readonly SlackReplyRenderer _renderer;
    private readonly ILogger<SlashCommandHandler> _logger;
    private readonly IReadOnlyDictionary<string, string> _commands;
    private readonly HashSet<string> _admins;
    private readonly SlackOptions _options;
    private readonly CommandDispatcher _dispatcher;

    public SlashCommandHandler(
        SlackSignatureVerifier verifier,
        ReplayGuard replays,
        Acknowledgement acknowledgement,
        ResponseUrlDeliveries deliveries,
        SlackReplyRenderer renderer,
        IOptions<SlackOptions> options,
        RejectedRequests rejected,
        CommandDispatcher dispatcher,
        ILogger<SlashCommandHandler> logger)
    {
        _dispatcher = dispatcher;
        _rejected = rejected;
        _verifier = verifier;
        _replays = replays;
        _acknowledgement = acknowledgement;
        _deliveries = deliveries;
        _renderer = renderer;
        _logger = logger;
        _options = options.Value;
        _commands = _options.CommandMap();
        _admins = new HashSet<string>(_options.Admins.Select(a => a.Trim()), StringComparer.Ordinal);
    }

    public async Task<SlackResult> HandleAsync(ReadOnlyMemory<byte> body, SlackRequestHeaders headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);

        // Slack's certificate probe is unsigned and needs only a 200 (§2.1); it runs nothing.
        if (body.Span.StartsWith(SslCheck) && (body.Length == SslCheck.Length || body.Span[SslCheck.Length] == (byte)'&'))
        {
            return SlackResult.Acknowledged;
        }

        if (!_verifier.IsValid(headers.Signature, headers.Timestamp, body.Span))
        {
            _rejected.Reject("slack");
            return SlackResult.Fail(401, "Invalid request signature");
        }

        if (FormBody.Parse(body.Span) is not { } fields || SlashCommandForm.From(fields) is not { } form)
        {
            Log.Unreadable(_logger);
            return SlackResult.Fail(400, "The body is not a slash command");
        }

        return await AnswerAsync(form, ReplayGuard.KeyOf(form.TriggerId, body.Span), mayAnswerInline: true, headers.RetryNum ?? "none", cancellationToken);
    }

    /// <summary>
    /// The answer to a parsed command, whichever transport brought it: once per <paramref name="replayKey"/>, inline
    /// when fast and <paramref name="mayAnswerInline"/>, else an empty or "Working on it…" acknowledgement and the
    /// answer at response_url. <paramref name="retry"/> is only for the log.
    /// </summary>
    public async Task<SlackResult> AnswerAsync(SlashCommandForm form, string replayKey, bool mayAnswerInline, string retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!_replays.TryClaim(replayKey))
        {
            Log.Repeated(_logger, form.Command, retry);
            return SlackResult.Acknowledged;
        }

        if (!_commands.TryGetValue(form.Command, out var command))
        {
            Log.UnknownCommand(_logger, form.Command.Length > 40 ? form.Command[..40] : form.Command);
            return Respond(Polite("I don't know that command", $"I answer {string.Join(", ", _commands.Keys)}."), form.ResponseUrl, mayAnswerInline);
        }

        var text = form.Text.Trim();
        // An empty /who or /timeline gets usage help; the other commands answer emptiness themselves, with examples.
        if (text.Length == 0 && command is "who" or "timeline")
        {
            return Respond(Usage(command), form.ResponseUrl, mayAnswerInline);
        }

        Log.Command(_logger, command, form.TeamId ?? "", form.ChannelId ?? "");
        var request = new CommandRequest
        {
            Command = command,
            Text = text,
            Platform = Platform.Slack,
            UserId = form.UserId,
            ChannelId = form.ChannelId,
            TeamId = form.TeamId ?? form.EnterpriseId,
            CanManageChannel = _admins.Count == 0 || (form.UserId is { } user && _admins.Contains(user)),
        };
        return await _acknowledgement.AnswerAsync(request, form.ResponseUrl, mayAnswerInline, cancellationToken);
    }

    /// <summary>
    /// "/who" alone: what to type, with the command names as this workspace has them and examples from the
    /// command itself, so they name what is on this shelf.
    /// </summary>
    private Reply Usage(string command)
    {
        var slash = _commands.First(c => c.Value == command).Key;
        string[] examples = [.. _dispatcher.ExamplesOf(command).Select(e => e.StartsWith("/" + command + " ", StringComparison.Ordinal) ? slash + e[(command.Length + 1)..] : e)];
        return command == "who"
            ? Reply.Invalid($"How to use {slash}", $"{slash} <name> tells who an actor is, with roles, relations and sources.", examples)
            : Reply.Invalid($"How to use {slash}", $"{slash} <period> [actor] lists dated events in a period, oldest first; an actor narrows it.", examples);
    }

    private static Reply Polite(string title, string text) =>
        new() { Kind = ReplyKind.Invalid, Title = title, Summary = text, IsEphemeral = true };

    /// <summary>An immediate reply: in the acknowledgement when allowed, otherwise at response_url.</summary>
    private SlackResult Respond(Reply reply, Uri responseUrl, bool mayAnswerInline)
    {
        if (mayAnswerInline)
        {
            return SlackResult.Respond(_renderer.Render(reply));
        }

        _deliveries.Deliver(Task.FromResult(reply), responseUrl, replaceOriginal: false, _deliveries.Lifetime());
        return SlackResult.Acknowledged;
    }

    private static partial class Log
    {

        [LoggerMessage(EventId = 3002, EventName = "UnreadableCommand", Level = LogLevel.Warning, Message = "Rejected a signed slash command whose form could not be read")]
        public static partial void Unreadable(ILogger logger);

        [LoggerMessage(EventId = 3003, EventName = "UnknownCommand", Level = LogLevel.Warning, Message = "Slash command {SlackCommand} is not configured; answered with help")]
        public static partial void UnknownCommand(ILogger logger, string slackCommand);

        [LoggerMessage(EventId = 3004, EventName = "Command", Level = LogLevel.Debug, Message = "Slash command {Command} from team {TeamId} in channel {ChannelId}")]
        public static partial void Command(ILogger logger, string command, string teamId, string channelId);

        [LoggerMessage(EventId = 3005, EventName = "RepeatedCommand", Level = LogLevel.Information, Message = "Slash command {SlackCommand} was already answered (retry {RetryNum}); acknowledged without a second answer")]
        public static partial void Repeated(ILogger logger, string slackCommand, string retryNum);
    }
}
