using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;
using Kind = BriefBot.Core.Knowledge.Ingest.Dates.DateExpressionParser.Kind;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Turns one matched pattern into a TimeML value and, where it is a calendar span, a <see cref="PartialDate"/>.</summary>
internal static class DateResolver
{
    public static TemporalExpression? Resolve(Match m, Kind kind, string text, DateOnly? dct, PartialDate? anchor)
    {
        try
        {
            return kind switch
            {
                Kind.MonthDayYear or Kind.DayMonthYear or Kind.Iso => Day(m, DateLexiconMonth(m), DateExpressionParser.Int(m.Groups["y"]), DateExpressionParser.Int(m.Groups["d"]), DateDerivation.Explicit),
                Kind.MonthYear => Make(m, PartialDate.Month(DateExpressionParser.Int(m.Groups["y"]), DateLexicon.Month(m.Groups["m"].Value)), DateDerivation.Explicit),
                Kind.MonthDay => MonthDay(m, text, dct),
                Kind.MonthAlone => MonthAlone(m, dct, IsFuture(m, text) ? "next" : "last-or-this"),
                Kind.RelativeMonthName => MonthAlone(m, dct, m.Groups["rel"].Value.ToLowerInvariant()),
                Kind.Century => Century(m),
                Kind.Decade => Make(m, PartialDate.Decade(DateExpressionParser.Int(m.Groups["y"])), DateDerivation.Explicit),
                Kind.ShortDecade => Make(m, PartialDate.Decade(1900 + DateExpressionParser.Int(m.Groups["yy"])), DateDerivation.Explicit),
                Kind.Quarter => Quarter(m, dct),
                Kind.Offset => Offset(m, dct, anchor),
                Kind.AnchoredUnit => AnchoredUnit(m, anchor),
                Kind.ShortlyAfter => anchor is { } a ? Make(m, a.Precision > DatePrecision.Month ? PartialDate.Month(a.Start.Year, a.Start.Month) : a, DateDerivation.Anchor) : null,
                Kind.RelativeUnit => RelativeUnit(m, dct),
                Kind.Weekend => dct is { } w ? Plain(m, WeekValue(dct.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? w : w.AddDays(-7)) + "-WE") : null,
                Kind.DayWord => DayWord(m, dct),
                Kind.Weekday => Weekday(m, text, dct),
                Kind.PresentRef => Plain(m, "PRESENT_REF"),
                Kind.PastOrFutureRef => Plain(m, m.Groups["w"].Value.StartsWith("the future", StringComparison.OrdinalIgnoreCase) || m.Groups["w"].Value.StartsWith("coming", StringComparison.OrdinalIgnoreCase) ? "FUTURE_REF" : "PAST_REF"),
                Kind.Year => Make(m, PartialDate.Year(DateExpressionParser.Int(m.Groups["y"])), DateDerivation.Explicit),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // "February 30" and the like: not a date.
            return null;
        }
    }

    private static int DateLexiconMonth(Match m) => m.Groups["m"].Value.All(char.IsDigit) ? DateExpressionParser.Int(m.Groups["m"]) : DateLexicon.Month(m.Groups["m"].Value);

    private static TemporalExpression Day(Match m, int month, int year, int day, DateDerivation derivation) => Make(m, PartialDate.Day(year, month, day), derivation);

    /// <summary>Whether the sentence around a match speaks of the future ("will meet on Tuesday").</summary>
    private static bool IsFuture(Match m, string text)
    {
        var start = Math.Max(0, Math.Max(text.LastIndexOf(". ", Math.Max(0, m.Index - 1), StringComparison.Ordinal), m.Index - 80));
        var end = Math.Min(text.Length, m.Index + m.Length + 40);
        var sentenceEnd = text.IndexOf(". ", m.Index + m.Length, StringComparison.Ordinal);
        if (sentenceEnd > 0 && sentenceEnd < end)
        {
            end = sentenceEnd;
        }

        return DateRules.FutureCue().IsMatch(text[start..end]);
    }

    private static TemporalExpression MonthDay(Match m, string text, DateOnly? dct)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var day = DateExpressionParser.Int(m.Groups["d"]);
        if (dct is not { } d)
        {
            return Plain(m, FormattableString.Invariant($"XXXX-{month:D2}-{day:D2}"));
        }

        // News mostly looks back: a later month is last year's, unless the sentence speaks of the future.
        var year = d.Year;
        var later = month > d.Month || (month == d.Month && day > d.Day);
        if (IsFuture(m, text))
        {
            year = later || (month == d.Month && day == d.Day) ? d.Year : d.Year + 1;
        }
        else if (later && (month - d.Month > 1 || month < d.Month))
        {
            year--;
        }

        return Day(m, month, year, day, DateDerivation.DocumentDate);
    }

    private static TemporalExpression? MonthAlone(Match m, DateOnly? dct, string? relation)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        if (dct is not { } d)
        {
            return Plain(m, FormattableString.Invariant($"XXXX-{month:D2}"));
        }

        var year = relation switch
        {
            "last" or "past" or "previous" => month >= d.Month ? d.Year - 1 : d.Year,
            "next" or "coming" => month <= d.Month ? d.Year + 1 : d.Year,
            "last-or-this" => month > d.Month ? d.Year - 1 : d.Year,
            _ => d.Year,
        };
        return Make(m, PartialDate.Month(year, month), DateDerivation.DocumentDate);
    }

    private static TemporalExpression? Century(Match m)
    {
        var o = m.Groups["o"].Value.ToLowerInvariant();
        var n = char.IsDigit(o[0]) ? int.Parse(new string([.. o.TakeWhile(char.IsDigit)]), CultureInfo.InvariantCulture) : Array.IndexOf(DateLexicon.OrdinalWords, o) + 1;
        return n is >= 1 and <= 30 ? Make(m, PartialDate.Century((n - 1) * 100), DateDerivation.Explicit) : null;
    }

    private static TemporalExpression? Quarter(Match m, DateOnly? dct)
    {
        var q = m.Groups["o"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
        if (m.Groups["y"].Success)
        {
            return Make(m, PartialDate.Quarter(DateExpressionParser.Int(m.Groups["y"]), q), DateDerivation.Explicit);
        }

        return dct is { } d ? Make(m, PartialDate.Quarter(d.Year, q), DateDerivation.DocumentDate) : Plain(m, FormattableString.Invariant($"XXXX-Q{q}"));
    }

    private static TemporalExpression? Offset(Match m, DateOnly? dct, PartialDate? anchor)
    {
        var n = DateLexicon.Number(m.Groups["n"].Value);
        var unit = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var direction = m.Groups["d"].Value.ToLowerInvariant();
        var sign = direction is "ago" or "earlier" or "before" ? -1 : 1;
        if (n is null)
        {
            return Plain(m, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }

        // "ago" counts from the document's date; "later"/"earlier" from the date told before, else the document's.
        var fromAnchor = direction != "ago" && anchor is not null;
        var basis = fromAnchor ? anchor!.Value : dct is { } d ? new PartialDate(d, DatePrecision.Day) : (PartialDate?)null;
        if (basis is not { } b)
        {
            return null;
        }

        var derivation = fromAnchor ? DateDerivation.Anchor : DateDerivation.DocumentDate;
        var start = b.Start;
        return unit switch
        {
            "day" => Make(m, new PartialDate(start.AddDays(sign * n.Value), DatePrecision.Day), derivation),
            "week" => Make(m, PartialDate.Week(ISOWeek.GetYear(start.AddDays(sign * 7 * n.Value).ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(start.AddDays(sign * 7 * n.Value).ToDateTime(TimeOnly.MinValue))), derivation),
            "month" => Make(m, PartialDate.Month(start.AddMonths(sign * n.Value).Year, start.AddMonths(sign * n.Value).Month), derivation),
            "year" => Make(m, PartialDate.Year(start.Year + (sign * n.Value)), derivation),
            "decade" => Make(m, b.Precision == DatePrecision.Decade ? PartialDate.Decade(start.Year + (sign * 10 * n.Value)) : PartialDate.Year(start.Year + (sign * 10 * n.Value)), derivation),
            _ => Make(m, PartialDate.Century(start.Year + (sign * 100 * n.Value)), derivation),
        };
    }

    private static TemporalExpression? AnchoredUnit(Match m, PartialDate? anchor)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "same";
        var step = rel switch { "following" or "next" or "after" => 1, "previous" or "before" => -1, _ => 0 };
        var s = a.Start;
        return m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "day" when a.Precision == DatePrecision.Day => Make(m, new PartialDate(s.AddDays(step), DatePrecision.Day), DateDerivation.Anchor),
            "week" when a.Precision >= DatePrecision.Week => Make(m, PartialDate.Week(ISOWeek.GetYear(s.AddDays(7 * step).ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(s.AddDays(7 * step).ToDateTime(TimeOnly.MinValue))), DateDerivation.Anchor),
            "month" when a.Precision >= DatePrecision.Month => Make(m, PartialDate.Month(s.AddMonths(step).Year, s.AddMonths(step).Month), DateDerivation.Anchor),
            "year" when a.Precision >= DatePrecision.Year => Make(m, PartialDate.Year(s.Year + step), DateDerivation.Anchor),
            "decade" when a.Precision >= DatePrecision.Decade => Make(m, PartialDate.Decade(s.Year + (10 * step)), DateDerivation.Anchor),
            _ => null,
        };
    }

    private static TemporalExpression? RelativeUnit(Match m, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return null;
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var step = rel switch { "last" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
        var unit = m.Groups["u"].Value.ToLowerInvariant();
        return unit switch
        {
            "week" => Make(m, PartialDate.Week(ISOWeek.GetYear(d.AddDays(7 * step).ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(d.AddDays(7 * step).ToDateTime(TimeOnly.MinValue))), DateDerivation.DocumentDate),
            "month" => Make(m, PartialDate.Month(d.AddMonths(step).Year, d.AddMonths(step).Month), DateDerivation.DocumentDate),
            "year" => Make(m, PartialDate.Year(d.Year + step), DateDerivation.DocumentDate),
            "quarter" => Make(m, PartialDate.Quarter(d.AddMonths(3 * step).Year, ((d.AddMonths(3 * step).Month - 1) / 3) + 1), DateDerivation.DocumentDate),
            "weekend" => Plain(m, WeekValue(d.AddDays(7 * step)) + "-WE"),
            "century" => Make(m, PartialDate.Century(d.Year + (100 * step)), DateDerivation.DocumentDate),
            _ => Plain(m, FormattableString.Invariant($"{d.Year + step:D4}-{DateLexicon.Season(unit)}")),
        };
    }

    private static TemporalExpression? DayWord(Match m, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return null;
        }

        var offset = m.Groups["w"].Value.ToLowerInvariant() switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
        return Make(m, new PartialDate(d.AddDays(offset), DatePrecision.Day), DateDerivation.DocumentDate);
    }

    private static TemporalExpression? Weekday(Match m, string text, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return null;
        }

        var target = DateLexicon.Weekday(m.Groups["w"].Value);
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "";
        var future = rel is "next" or "coming" || (rel != "last" && IsFuture(m, text));
        var diff = ((int)target - (int)d.DayOfWeek + 7) % 7;
        var date = diff == 0 ? d : future ? d.AddDays(diff) : d.AddDays(diff - 7);
        if (rel == "next" && diff == 0)
        {
            date = d.AddDays(7);
        }

        var start = m.Groups["rel"].Success ? m.Groups["rel"].Index : m.Groups["w"].Index;
        return new TemporalExpression
        {
            Start = start,
            End = m.Index + m.Length,
            Text = text[start..(m.Index + m.Length)],
            Value = new PartialDate(date, DatePrecision.Day).ToTimex(),
            Date = new PartialDate(date, DatePrecision.Day),
            Derivation = DateDerivation.DocumentDate,
        };
    }

    private static string WeekValue(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return FormattableString.Invariant($"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    private static TemporalExpression Make(Match m, PartialDate date, DateDerivation derivation) => new()
    {
        Start = m.Index,
        End = m.Index + m.Length,
        Text = m.Value,
        Value = date.ToTimex(),
        Date = date,
        Derivation = derivation,
    };

    private static TemporalExpression Plain(Match m, string value) => new()
    {
        Start = m.Index,
        End = m.Index + m.Length,
        Text = m.Value,
        Value = value,
    };
}
