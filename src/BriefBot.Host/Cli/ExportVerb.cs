using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Timeline.Export;
using BriefBot.Core.Commands.Who;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>export PERIOD [ACTOR] --format ics|csv|json</c>: the timeline of a period as a file, written to standard
/// output (redirect it: <c>&gt; march.ics</c>). The base is built first if it is missing or stale.
/// </summary>
internal static class ExportVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var rest = new List<string>(args);
        var at = rest.IndexOf("--format");
        var formatText = at >= 0 && at + 1 < rest.Count ? rest[at + 1] : "json";
        if (at >= 0)
        {
            rest.RemoveRange(at, Math.Min(2, rest.Count - at));
        }

        if (!TimelineFile.TryParseFormat(formatText, out var format))
        {
            return Usage.Fail($"--format is ics, csv or json, not '{formatText}'.");
        }

        if (!CliOptions.TryParse(rest, out var options, out var problem) || options.Positional.Count == 0)
        {
            return Usage.Fail(problem.Length > 0 ? problem : "export takes a period and optionally an actor, e.g. export 2026-03 ACTOR --format ics.");
        }

        // PERIOD is one argument ("March 2026" quoted), the rest the actor, as Discord's two options are read.
        var named = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TimelineCommand.PeriodOption] = options.Positional[0],
            [TimelineCommand.ActorOption] = string.Join(' ', options.Positional.Skip(1)),
        };
        var query = TimelineQuery.Read(new CommandRequest { Command = "timeline", Options = named });
        if (query.Period is null)
        {
            return Usage.Fail($"'{query.PeriodText}' is not a period I can read: try {string.Join(", ", PeriodParser.Examples)}.");
        }

        using var store = BuildVerb.OpenStore(options);
        await store.BuildAsync(cancellationToken);
        var (file, refusal) = store.Read(reader =>
        {
            Core.Knowledge.Store.ActorIndexEntry? actor = null;
            if (query.Actor is { } typed)
            {
                var match = ActorMatcher.Match(reader.Index, typed);
                actor = match.Actor;
                if (actor is null)
                {
                    var candidates = match.Candidates.Count > 0 ? match.Candidates : match.Suggestions;
                    return ((TimelineFile?)null, (string?)$"No single actor is called '{typed}'." + (candidates.Count == 0 ? "" : " Did you mean: " + string.Join(", ", candidates.Take(5).Select(c => c.Name)) + "?"));
                }
            }

            return ((TimelineFile?)TimelineFile.Of(TimelineExporter.Collect(reader, query.Period, actor, TimeProvider.System.GetUtcNow()), format), (string?)null);
        });
        if (file is null)
        {
            error.WriteLine(refusal);
            return 1;
        }

        await output.WriteAsync(System.Text.Encoding.UTF8.GetString(file.Content).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
