using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

internal sealed partial class InteractionResponder
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2014, EventName = "MalformedInteraction", Level = LogLevel.Warning, Message = "Interaction {InteractionId} could not be read; answered politely")]
        public static partial void Malformed(ILogger logger, Exception exception, string interactionId);

        [LoggerMessage(EventId = 2009, EventName = "IncompleteCommand", Level = LogLevel.Warning, Message = "Rejected a command interaction with no command name or no token")]
        public static partial void Incomplete(ILogger logger);

        [LoggerMessage(EventId = 2003, EventName = "UnknownInteractionType", Level = LogLevel.Warning, Message = "Rejected an interaction of unknown type {Type}")]
        public static partial void UnknownType(ILogger logger, int type);

        // Debug, not Information: one console line per command cost about two thirds of a /who's CPU time
        // (docs/benchmarks.md); the endpoint is meant for thousands a second.
        [LoggerMessage(EventId = 2004, EventName = "Command", Level = LogLevel.Debug, Message = "Interaction {InteractionId}: /{Command}")]
        public static partial void Command(ILogger logger, string interactionId, string command);

        [LoggerMessage(EventId = 2005, EventName = "Component", Level = LogLevel.Debug, Message = "Interaction {InteractionId}: click re-running /{Command}")]
        public static partial void Component(ILogger logger, string interactionId, string command);

        [LoggerMessage(EventId = 2006, EventName = "Deferred", Level = LogLevel.Information, Message = "Interaction {InteractionId}: /{Command} is slow; deferred, the answer follows")]
        public static partial void Deferred(ILogger logger, string interactionId, string command);

        [LoggerMessage(EventId = 2007, EventName = "AnswerFailed", Level = LogLevel.Error, Message = "Answering an interaction failed")]
        public static partial void AnswerFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 2008, EventName = "SuggestionsLate", Level = LogLevel.Warning, Message = "Autocomplete for /{Command} option {Option} was too slow or failed; sent no suggestions")]
        public static partial void SuggestionsLate(ILogger logger, string command, string option);
    }
}
