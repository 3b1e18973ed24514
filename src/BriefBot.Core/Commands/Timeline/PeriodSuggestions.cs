using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>Months, years and decades that have events, with counts: "2026-03 (4 events)".</summary>
public static class PeriodSuggestions
{
    public sealed record Entry(PartialDate Date, string Value, int Count)
    {
        public string Label
        {
            get
            {
                // A year reads the same both ways ("2008"): say it once, not "2008 — 2008".
                var shown = Date.ToString();
                var events = FormattableString.Invariant($"({Count} event{(Count == 1 ? "" : "s")})");
                return string.Equals(Value, shown, StringComparison.OrdinalIgnoreCase)
                    ? $"{Value} {events}"
                    : $"{Value} — {shown} {events}";
            }
        }
    }

    public static IReadOnlyList<Entry> Counts(IEnumerable<PartialDate> eventDates)
    {
        var counts = new Dictionary<PartialDate, int>();
        foreach (var date in eventDates)
        {
            foreach (var period in Containing(date))
            {
                counts[period] = counts.GetValueOrDefault(period) + 1;
            }
        }

        return [.. counts.Select(kv => new Entry(kv.Key, Value(kv.Key), kv.Value)).OrderByDescending(e => e.Date.Start).ThenByDescending(e => e.Date.Precision)];
    }

    private static IEnumerable<PartialDate> Containing(PartialDate date)
    {
        if (date.Precision >= DatePrecision.Month)
        {
            yield return PartialDate.Month(date.Start.Year, date.Start.Month);
        }

        if (date.Precision >= DatePrecision.Year)
        {
            yield return PartialDate.Year(date.Start.Year);
        }

        if (date.Precision >= DatePrecision.Decade)
        {
            yield return PartialDate.Decade(date.Start.Year);
        }
    }

    private static string Value(PartialDate date) => date.Precision == DatePrecision.Decade ? FormattableString.Invariant($"{date.Start.Year}s") : date.ToTimex();
}
