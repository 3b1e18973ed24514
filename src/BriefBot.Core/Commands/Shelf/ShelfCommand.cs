using BriefBot.Core.Intake;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Shelf;

/// <summary>
/// <c>/shelf add URL | feed URL [every 30m] | list | remove ID | status</c>. Adding links and feeds and removing
/// feeds needs the right to manage the channel (Discord Manage Channels, Slack admins list), as for /digest;
/// anyone may list and see the status.
/// </summary>
public sealed class ShelfCommand(ShelfIntake intake, IntakeState state, TimeProvider time) : ICommandHandler
{
    public const string ActionOption = "action";
    public const string TargetOption = "target";

    public string Name => "shelf";

    public IReadOnlyList<string> Examples { get; } = ["/shelf add https://example.org/analysis/story", "/shelf feed https://example.org/feed.xml 30m", "/shelf list", "/shelf remove f1a2b3", "/shelf status"];

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = request.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (request.Options.GetValueOrDefault(ActionOption) is { } optionAction)
        {
            words = [optionAction, .. (request.Options.GetValueOrDefault(TargetOption) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }

        var action = words.Count > 0 ? words[0].ToLowerInvariant() : "";
        var rest = words.Skip(1).ToList();
        return action switch
        {
            "add" => Guard(request) ?? await AddAsync(rest, cancellationToken),
            "feed" => Guard(request) ?? await FeedAsync(rest, cancellationToken),
            "remove" => Guard(request) ?? Remove(rest),
            "list" => ShelfReplies.List(state.AllSources(), time.GetUtcNow().UtcDateTime),
            "status" => ShelfReplies.Status(state.AllSources(), state.ItemCount, time.GetUtcNow().UtcDateTime),
            _ => Reply.Invalid("Which shelf action?", "Use add, feed, list, remove or status.", [.. Examples]),
        };
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions = [.. state.AllSources()
            .Where(s => s.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || (s.Name ?? s.Url).Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(25)
            .Select(s => new Suggestion(ChoiceText.Value($"{s.Id} {s.Name ?? s.Url}"), s.Id))];
        return Task.FromResult(suggestions);
    }

    private static Reply? Guard(CommandRequest request) => request.Platform == Platform.Cli || request.CanManageChannel
        ? null
        : Reply.Invalid("Not allowed", "Only people who can manage this channel can add to the shelf or remove feeds. Anyone can use /shelf list and /shelf status.");

    private async Task<Reply> AddAsync(List<string> rest, CancellationToken cancellationToken)
    {
        if (rest.Count != 1 || !TryUrl(rest[0], out var url))
        {
            return Reply.Invalid("Which page?", "Give one http(s) address of an article page or PDF.", [.. Examples.Take(1)]);
        }

        return ShelfReplies.Outcome(await intake.AddLinkAsync(url, cancellationToken));
    }

    private async Task<Reply> FeedAsync(List<string> rest, CancellationToken cancellationToken)
    {
        if (rest.Count is < 1 or > 2 || !TryUrl(rest[0], out var url))
        {
            return Reply.Invalid("Which feed?", "Give the http(s) address of an RSS or Atom feed, and optionally how often to read it (30m, 2h, 1d).", [.. Examples.Skip(1).Take(1)]);
        }

        TimeSpan? every = null;
        if (rest.Count == 2)
        {
            if (!IntervalText.TryParse(rest[1], out var interval, out var error))
            {
                return Reply.Invalid("Not added", error, [.. Examples.Skip(1).Take(1)]);
            }

            every = interval;
        }

        var (source, report) = await intake.AddFeedAsync(url, every, name: null, progress: null, cancellationToken);
        return ShelfReplies.Followed(source, report);
    }

    private Reply Remove(List<string> rest)
    {
        if (rest.Count != 1)
        {
            return Reply.Invalid("Which feed?", "Give the feed's id as /shelf list shows it.", "/shelf list");
        }

        var source = state.GetSource(rest[0].Trim());
        if (source is null)
        {
            return new Reply { Kind = ReplyKind.NotFound, Title = "No such feed", Summary = $"No feed has the id {rest[0]}. /shelf list shows them.", IsEphemeral = true };
        }

        if (source.FromConfiguration)
        {
            return Reply.Invalid("Set in configuration", "This feed comes from BriefBot's configuration (Shelf:Feeds); remove it there.");
        }

        state.RemoveSource(source.Id);
        return new Reply { Kind = ReplyKind.Answer, Title = "Feed removed", Summary = $"{source.Name ?? source.Url} is no longer read. Its articles stay on the shelf.", IsEphemeral = true };
    }

    private static bool TryUrl(string text, out Uri url) =>
        Uri.TryCreate(text.Trim('<', '>'), UriKind.Absolute, out url!) && url.Scheme is "http" or "https";
}
