using BriefBot.Core.Charts;
using BriefBot.Core.Commands.Timeline.Chart;
using BriefBot.Core.Commands.Timeline.Export;
using BriefBot.Core.Commands.Who;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// <c>/timeline PERIOD [ACTOR] [export:ics|csv|json] [chart:png]</c>: the dated events of a period, oldest first; with
/// <c>export:</c>, the same events as a file attached to the answer; with <c>chart:png</c>, the answer with a picture of them.
/// </summary>
public sealed class TimelineCommand(KnowledgeStore store, TimeProvider? time = null) : ICommandHandler
{
    public const string PeriodOption = "period";
    public const string ActorOption = "actor";
    public const string ExportOption = "export";
    public const string ChartOption = ChartToken.Option;
    private const int MaxSuggestions = 25;

    public string Name => "timeline";

    /// <summary>The shelf's own busiest periods (and an actor in them); the accepted forms on an empty shelf.</summary>
    public IReadOnlyList<string> Examples =>
        ShelfExamples.TimelineArguments(store) is { Count: > 0 } arguments ? [.. arguments.Select(Command)] : [.. PeriodParser.Examples.Select(Command)];

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var query = TimelineQuery.Read(request);
        if (query.BadPage is not null)
        {
            return Task.FromResult(Reply.Invalid(
                "Which page?",
                $"“page:{ChoiceText.Shorten(query.BadPage, 20)}” is not a page number. Pages are counted from 1, like page:2.",
                [.. PeriodParser.Examples.Take(1).Select(e => "/timeline " + e + " page:2")]));
        }

        if (query.BadExport is not null)
        {
            return Task.FromResult(Reply.Invalid(
                "Which file?",
                $"“export:{ChoiceText.Shorten(query.BadExport, 20)}” is not a file I write. Ask for export:ics (a calendar), export:csv (a spreadsheet) or export:json.",
                [.. PeriodParser.Examples.Take(1).Select(e => "/timeline " + e + " export:ics")]));
        }

        if (query.BadChart is not null)
        {
            return Task.FromResult(Reply.Invalid(
                "Which picture?",
                $"“chart:{ChoiceText.Shorten(query.BadChart, 20)}” is not a picture I draw. Ask for chart:png.",
                [.. PeriodParser.Examples.Take(1).Select(e => "/timeline " + e + " chart:png")]));
        }

        if (query.PeriodText.Length == 0)
        {
            return Task.FromResult(Reply.Invalid("Which period?", $"Give me a {PeriodParser.FormNames}.", [.. Examples]));
        }

        if (query.Period is null)
        {
            return Task.FromResult(Reply.Invalid(
                "Not a period I can read",
                $"“{ChoiceText.Shorten(query.PeriodText, 60)}” is not a period I can read. I read a {PeriodParser.FormNames} (one example of each below), optionally followed by an actor.",
                [.. PeriodParser.Examples.Select(Command), .. ShelfExamples.TimelineWithActor(store) is { } withActor ? [Command(withActor)] : Array.Empty<string>()]));
        }

        return Task.FromResult(store.Read(reader => Answer(reader, query, (time ?? TimeProvider.System).GetUtcNow())));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions = option == ActorOption
            ? store.Read(reader => ActorMatcher.Suggest(reader.Index, typed, MaxSuggestions).Select(e => new Suggestion(ChoiceText.Value(e.Name), ChoiceText.Value(e.Name))).ToList())
            : store.Read(reader => PeriodSuggestions.Counts(reader.EventDates())
                .Where(p => typed.Length == 0 || p.Value.StartsWith(typed.Trim(), StringComparison.OrdinalIgnoreCase) || p.Date.ToString().Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
                .Take(MaxSuggestions)
                .Select(p => new Suggestion(ChoiceText.Value(p.Label), ChoiceText.Value(p.Value)))
                .ToList());
        return Task.FromResult(suggestions);
    }

    private static string Command(string arguments) => "/timeline " + arguments;

    /// <summary>What the commands a reply offers (pickers, pages) add so that they still ask for the picture.</summary>
    private static string ChartSuffix(TimelineQuery query) => query.Chart ? " " + ChartToken.Option + ":" + ChartToken.Png : "";

    private static Reply Answer(KnowledgeReader reader, TimelineQuery query, DateTimeOffset now)
    {
        ActorIndexEntry? actor = null;
        if (query.Actor is { } typed)
        {
            var match = ActorMatcher.Match(reader.Index, typed);
            if (match.Actor is null && match.Candidates.Count > 1)
            {
                return new Reply
                {
                    Kind = ReplyKind.Choice,
                    Title = $"Which {typed}?",
                    Summary = $"“{typed}” fits {match.Candidates.Count} actors. Pick one for the {query.Period!.Label} timeline:",
                    Choices = [.. match.Candidates.Take(MaxSuggestions).Select(c => new ReplyChoice(c.Name, null, $"/timeline {query.PeriodText} {c.Name}{ChartSuffix(query)}"))],
                };
            }

            actor = match.Actor;
            if (actor is null)
            {
                return new Reply
                {
                    Kind = ReplyKind.NotFound,
                    Title = "Not on the shelf",
                    Summary = $"I found nobody called “{ChoiceText.Shorten(typed, 80)}” to filter the timeline by.",
                    Choices = [.. match.Suggestions.Select(s => new ReplyChoice(s.Name, null, $"/timeline {query.PeriodText} {s.Name}{ChartSuffix(query)}"))],
                    IsEphemeral = true,
                };
            }
        }

        if (query.Export is { } format)
        {
            return Exported(TimelineExporter.Collect(reader, query.Period!, actor, now), format);
        }

        var command = $"/timeline {query.PeriodText}{(actor is null ? "" : " " + MentionFinder.Key(actor.Name))}{ChartSuffix(query)}";
        var reply = TimelineReplyBuilder.Build(reader, query.Period!, actor, query.Page, command);
        return query.Chart && reply.Kind == ReplyKind.Answer ? WithChart(reader, reply, query, actor) : reply;
    }

    /// <summary>The text answer with its events drawn: the same page, the same events, as a PNG attached.</summary>
    private static Reply WithChart(KnowledgeReader reader, Reply reply, TimelineQuery query, ActorIndexEntry? actor)
    {
        var events = TimelineChart.Events(reader, query.Period!, actor, query.Page);
        return TimelineChart.Attachment(events, query.Period!, actor?.Name, reply.Title, reply.Summary ?? "") is { } chart
            ? reply with { Attachment = chart }
            : reply;
    }

    /// <summary>The period's events as a file, with a line saying what it holds (the file is the answer).</summary>
    private static Reply Exported(TimelineExport export, ExportFormat format)
    {
        var file = TimelineFile.Of(export, format);
        var articles = export.Events.SelectMany(e => e.Sources).Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var what = format switch
        {
            ExportFormat.Ics => "a calendar file",
            ExportFormat.Csv => "a spreadsheet",
            _ => "a JSON file",
        };
        var scope = export.Actor is null ? export.Period : $"{export.Period}, {export.Actor}";
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = $"Timeline of {scope}",
            Summary = export.Events.Count == 0
                ? $"No dated events on the shelf for {scope}; {file.FileName} is attached, empty."
                : $"{Count(export.Events.Count, "event")} from {Count(articles, "article")}, as {what}: {file.FileName}.",
            Attachment = new ReplyAttachment(file.FileName, file.ContentType, file.Content),
        };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
