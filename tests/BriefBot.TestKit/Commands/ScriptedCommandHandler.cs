using System.Collections.Concurrent;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.TestKit.Commands;

/// <summary>
/// A command whose answers a test writes: a fixed reply, a reply computed from the request, one that waits for a
/// signal (the slow path), or one that throws. Records every request it was given.
/// </summary>
public sealed class ScriptedCommandHandler(string name, Func<CommandRequest, CancellationToken, Task<Reply>> handle) : ICommandHandler
{
    private readonly ConcurrentQueue<CommandRequest> _requests = new();
    private readonly TaskCompletionSource<CommandRequest> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedCommandHandler(string name, Reply reply)
        : this(name, (_, _) => Task.FromResult(reply))
    {
    }

    /// <summary>/who, /timeline and /digest each answering at once with a fixed card: what a fuzz run sends its noise to.</summary>
    public static ScriptedCommandHandler[] EveryCommandAnswering() =>
    [
        new("who", Answered("Rufus Firefly")),
        new("timeline", Answered("June 2031")),
        new("digest", Answered("Digest")),
    ];

    private static Reply Answered(string title) => new() { Kind = ReplyKind.Answer, Title = title, Summary = "An answer." };

    public string Name => name;

    public IReadOnlyCollection<CommandRequest> Requests => _requests;

    /// <summary>Completes when the first request reaches the handler.</summary>
    public Task<CommandRequest> Started => _started.Task;

    public Func<string, string, IReadOnlyList<Suggestion>> Suggest { get; init; } = (_, _) => [];

    public IReadOnlyList<string> Examples { get; init; } = [];

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        _started.TrySetResult(request);
        return handle(request, cancellationToken);
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken) =>
        Task.FromResult(Suggest(option, typed));

    /// <summary>A handler that answers only when <paramref name="release"/> completes.</summary>
    public static ScriptedCommandHandler Blocked(string name, Task<Reply> release) => new(name, (_, ct) => release.WaitAsync(ct));

    public static ScriptedCommandHandler Throwing(string name) => new(name, (_, _) => throw new InvalidOperationException("scripted failure"));
}
