using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Commands;

/// <summary>
/// The one seam between platforms and commands: a <see cref="CommandRequest"/> in, a <see cref="Reply"/> out.
/// Input is capped and failures become polite replies here, so no adapter can leak a stack trace.
/// </summary>
public sealed partial class CommandDispatcher
{
    /// <summary>Longest argument text read; longer input is refused before any parsing.</summary>
    public const int MaxTextLength = 500;

    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly ILogger<CommandDispatcher> _logger;
    private readonly IReadOnlyList<IReplyDecorator> _decorators;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, ILogger<CommandDispatcher> logger, IEnumerable<IReplyDecorator>? decorators = null)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
        _decorators = [.. decorators ?? []];
    }

    public IReadOnlyCollection<string> CommandNames => _handlers.Keys;

    /// <summary>The example invocations of <paramref name="command"/> (taken from the shelf); empty for an unknown command.</summary>
    public IReadOnlyList<string> ExamplesOf(string command) => _handlers.TryGetValue(command, out var handler) ? Examples(handler) : [];

    /// <summary>A handler's examples; they read the shelf, so a failure there gives none rather than an exception.</summary>
    private IReadOnlyList<string> Examples(ICommandHandler handler)
    {
        try
        {
            return handler.Examples;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ExamplesFailed(_logger, ex, handler.Name);
            return [];
        }
    }

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_handlers.TryGetValue(request.Command, out var handler))
        {
            return Reply.Invalid("Unknown command", $"I don't know that command. I answer {string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal).Select(k => "/" + k))}.", [.. _handlers.Values.OrderBy(h => h.Name, StringComparer.Ordinal).Select(Examples).Where(e => e.Count > 0).Select(e => e[0])]);
        }

        if (request.Text.Length > MaxTextLength || request.Options.Values.Any(v => v.Length > MaxTextLength))
        {
            return Reply.Invalid("That is too long", $"I read at most {MaxTextLength} characters. Here is what /{handler.Name} understands:", [.. Examples(handler)]);
        }

        try
        {
            var reply = await handler.HandleAsync(request, cancellationToken);
            return _decorators.Aggregate(reply, (current, decorator) => decorator.Decorate(request, current));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.CommandFailed(_logger, ex, request.Command, request.Platform);
            return Reply.Error("I could not answer that just now. Please try again in a moment.");
        }
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string command, string option, string typed, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(command, out var handler))
        {
            return [];
        }

        var text = typed.Length > MaxTextLength ? typed[..MaxTextLength] : typed;
        try
        {
            return await handler.SuggestAsync(option, text, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.SuggestFailed(_logger, ex, command, option);
            return [];
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, EventName = "CommandFailed", Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
        public static partial void CommandFailed(ILogger logger, Exception exception, string command, Platform platform);

        [LoggerMessage(EventId = 1003, EventName = "ExamplesFailed", Level = LogLevel.Warning, Message = "Examples for {Command} could not be read from the shelf")]
        public static partial void ExamplesFailed(ILogger logger, Exception exception, string command);

        [LoggerMessage(EventId = 1002, EventName = "SuggestFailed", Level = LogLevel.Warning, Message = "Autocomplete for {Command} option {Option} failed")]
        public static partial void SuggestFailed(ILogger logger, Exception exception, string command, string option);
    }
}
