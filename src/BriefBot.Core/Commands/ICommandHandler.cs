using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands;

/// <summary>One slash command. Handlers never see a platform type and never throw for bad input.</summary>
public interface ICommandHandler
{
    /// <summary>Lower-case command name without the slash.</summary>
    string Name { get; }

    Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary>Autocomplete for option <paramref name="option"/> given what has been typed so far (at most 25).</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken);

    /// <summary>Example invocations, shown when input cannot be read at all (too long, empty).</summary>
    IReadOnlyList<string> Examples => [];
}
