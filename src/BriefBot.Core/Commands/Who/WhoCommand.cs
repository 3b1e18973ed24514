using BriefBot.Core.Charts;
using BriefBot.Core.Commands.Who.Chart;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Who;

/// <summary>
/// <c>/who NAME [chart:png]</c>: who an actor is, from the knowledge base; with <c>chart:png</c>, a picture of the actors it
/// shares events with is attached. <c>/who id:SLUG</c> is what pickers send.
/// </summary>
public sealed class WhoCommand(KnowledgeStore store) : ICommandHandler
{
    public const string NameOption = "name";
    public const string ChartOption = ChartToken.Option;
    private const string IdPrefix = "id:";
    private const int MaxSuggestions = 25;

    public string Name => "who";

    public IReadOnlyList<string> Examples =>
        ShelfExamples.TopActorNames(store, 3) is { Count: > 0 } names ? [.. names.Select(n => "/who " + n)] : ["/who NAME"];

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var text = request.Text;
        var chart = ChartToken.Read(request.Options, ref text);
        if (chart.BadValue is not null)
        {
            return Task.FromResult(Reply.Invalid(
                "Which picture?",
                $"“chart:{ChoiceText.Shorten(chart.BadValue, 20)}” is not a picture I draw. Ask for chart:png.",
                [.. Examples.Take(1).Select(e => e + " chart:png")]));
        }

        var typed = (request.Options.GetValueOrDefault(NameOption) ?? text).Trim().Trim('"', '“', '”', '\'').TrimStart('@').Trim();
        if (typed.Length == 0)
        {
            return Task.FromResult(Reply.Invalid("Who do you mean?", "Give me a name: a person, a state or an organisation.", [.. Examples]));
        }

        return Task.FromResult(store.Read(reader => Answer(reader, typed, chart.Asked)));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions = store.Read(reader => ActorMatcher.Suggest(reader.Index, typed, MaxSuggestions)
            .Select(e => new Suggestion(ChoiceText.Label(e.Name, Kind(e.Kind)), ChoiceText.Value(e.Name)))
            .ToList());
        return Task.FromResult(suggestions);
    }

    private static Reply Answer(KnowledgeReader reader, string typed, bool chart)
    {
        if (typed.StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var byId = reader.GetActor(typed[IdPrefix.Length..].Trim());
            return byId is null ? NotFound(typed, [], chart) : Card(reader, byId, chart);
        }

        var match = ActorMatcher.Match(reader.Index, typed);
        if (match.Actor is { } entry && reader.GetActor(entry.Id) is { } actor)
        {
            return Card(reader, actor, chart);
        }

        if (match.Candidates.Count > 1)
        {
            return Picker(reader, typed, match.Candidates, chart);
        }

        return NotFound(typed, match.Suggestions, chart);
    }

    /// <summary>The card, and with <c>chart:png</c> the actor's relation picture attached to it.</summary>
    private static Reply Card(KnowledgeReader reader, Actor actor, bool chart)
    {
        var card = WhoReplyBuilder.Card(reader, actor);
        return chart ? card with { Attachment = WhoChart.Attachment(reader, actor) } : card;
    }

    /// <summary>What a picked choice sends: the actor by id, still asking for the picture if this request did.</summary>
    private static string ById(string id, bool chart) => $"/who {IdPrefix}{id}" + (chart ? " " + ChartToken.Option + ":" + ChartToken.Png : "");

    private static Reply Picker(KnowledgeReader reader, string typed, IReadOnlyList<ActorIndexEntry> candidates, bool chart) => new()
    {
        Kind = ReplyKind.Choice,
        Title = $"Which {typed}?",
        Summary = $"“{typed}” fits {candidates.Count} actors on the shelf. Pick one:",
        Choices = [.. candidates.Take(MaxSuggestions).Select(c => new ReplyChoice(c.Name, Distinguish(reader, c), ById(c.Id, chart)))],
    };

    /// <summary>What tells a candidate apart: its latest role, else its kind, and how often it is mentioned.</summary>
    private static string Distinguish(KnowledgeReader reader, ActorIndexEntry candidate)
    {
        var actor = reader.GetActor(candidate.Id);
        var role = actor?.Roles.OrderByDescending(r => r.AsOf).FirstOrDefault();
        var what = role is null ? Kind(candidate.Kind) : (role.Qualifier is null ? role.Title : role.Qualifier + " " + role.Title)
            + (role.AsOf is { } d ? $" ({d})" : "");
        return FormattableString.Invariant($"{what}; {candidate.MentionCount} mention{(candidate.MentionCount == 1 ? "" : "s")}");
    }

    private static Reply NotFound(string typed, IReadOnlyList<ActorIndexEntry> suggestions, bool chart) => new()
    {
        Kind = ReplyKind.NotFound,
        Title = "Not on the shelf",
        Summary = suggestions.Count == 0
            ? $"I found nobody called “{ChoiceText.Shorten(typed, 80)}” in the articles."
            : $"I found nobody called “{ChoiceText.Shorten(typed, 80)}”. Did you mean one of these?",
        Choices = [.. suggestions.Select(s => new ReplyChoice(s.Name, Kind(s.Kind), ById(s.Id, chart)))],
        IsEphemeral = true,
    };

    private static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.State => "state",
        ActorKind.Organisation => "organisation",
        ActorKind.Place => "place",
        _ => "other",
    };
}
