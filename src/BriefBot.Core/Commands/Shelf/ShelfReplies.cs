using System.Globalization;
using BriefBot.Core.Intake;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Shelf;

/// <summary>The replies of /shelf (and the CLI's shelf verbs): outcomes, the list of feeds, the status.</summary>
public static class ShelfReplies
{
    public static Reply Outcome(IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            IntakeOutcomeKind.Added or IntakeOutcomeKind.Updated or IntakeOutcomeKind.Unchanged => Done(outcome.Kind switch
            {
                IntakeOutcomeKind.Added => "Added to the shelf",
                IntakeOutcomeKind.Updated => "Updated on the shelf",
                _ => "Already on the shelf",
            }, outcome.Message),
            IntakeOutcomeKind.Refused => Reply.Invalid("Not added", outcome.Message),
            _ => new Reply { Kind = ReplyKind.Error, Title = "Not added yet", Summary = outcome.Message + " Try again later.", IsEphemeral = true },
        };
    }

    public static Reply Followed(ShelfSource source, PollReport report)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        var every = IntervalText.Format(TimeSpan.FromMinutes(source.EveryMinutes));
        return report.Succeeded
            ? Done("Feed followed", $"{source.Name ?? report.Message} ({source.Id}), read every {every}: {Counts(report)}.")
            : new Reply { Kind = ReplyKind.Error, Title = "Feed followed, first read failed", Summary = $"{source.Url} ({source.Id}): {report.Message} BriefBot will try again (backoff), see /shelf list.", IsEphemeral = true };
    }

    public static string Counts(PollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string> { $"{report.Added} added" };
        if (report.Updated > 0)
        {
            parts.Add($"{report.Updated} updated");
        }

        if (report.Unchanged > 0)
        {
            parts.Add($"{report.Unchanged} already on the shelf");
        }

        if (report.Skipped > 0)
        {
            parts.Add($"{report.Skipped} older left out");
        }

        if (report.Failed > 0)
        {
            parts.Add($"{report.Failed} to retry");
        }

        return string.Join(", ", parts);
    }

    public static Reply List(IReadOnlyList<ShelfSource> sources, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return new Reply { Kind = ReplyKind.NotFound, Title = "No feeds", Summary = "The shelf follows no feeds. Add one with /shelf feed URL, or Shelf__Feeds__0__Url in configuration.", IsEphemeral = true };
        }

        var lines = sources.Select(s => new ReplyLine(new StrongSpan(s.Id), new TextSpan($" {s.Name ?? s.Url} — every {IntervalText.Format(TimeSpan.FromMinutes(s.EveryMinutes))}; {s.Items} articles; {Health(s, now)}")));
        return new Reply { Kind = ReplyKind.Answer, Title = "Feeds on the shelf", Sections = [new ReplySection { Heading = "Feeds", Lines = [.. lines] }], IsEphemeral = true };
    }

    public static Reply Status(IReadOnlyList<ShelfSource> sources, int items, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var failing = sources.Count(s => s.FailingSinceUtc is not null);
        var next = sources.Select(s => (DateTime?)s.NextAttemptUtc).Min();
        var summary = $"{sources.Count} feeds ({failing} failing), {items} articles taken in; next poll {(next is { } n ? (n <= now ? "now" : When(n)) : "none")}.";
        return new Reply { Kind = ReplyKind.Answer, Title = "Shelf intake", Summary = summary, IsEphemeral = true };
    }

    private static string Health(ShelfSource source, DateTime now)
    {
        var last = source.LastSuccessUtc is { } ok ? "last read " + When(ok) : "never read";
        if (source.FailingSinceUtc is not { } since)
        {
            return last;
        }

        var days = (now - since).TotalDays;
        var how = days >= 1 ? $"FAILING for {Math.Floor(days).ToString(CultureInfo.InvariantCulture)} days" : "failing";
        return $"{last}; {how} ({source.Failures} tries): {source.LastError}; next try {When(source.NextAttemptUtc)}";
    }

    private static string When(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static Reply Done(string title, string message) => new() { Kind = ReplyKind.Answer, Title = title, Summary = message, IsEphemeral = true };
}
