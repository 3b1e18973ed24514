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
                Kind.MonthAlone => MonthAlone(m, dct, Tense.Around(text, m.Index) == Tense.Direction.Future ? "next-or-this" : "nearest"),
                Kind.RelativeMonthName => MonthAlone(m, dct, m.Groups["rel"].Value.ToLowerInvariant()),
                Kind.Century => Century(m),
                Kind.Decade => Make(m, PartialDate.Decade(DateExpressionParser.Int(m.Groups["y"])), DateDerivation.Explicit),
                Kind.ShortDecade => Make(m, PartialDate.Decade(1900 + DateExpressionParser.Int(m.Groups["yy"])), DateDerivation.Explicit),
                Kind.Quarter => Quarter(m, dct),
                Kind.Offset => Offset(m, text, dct, anchor),
                Kind.AnchoredUnit => AnchoredUnit(m, text, anchor),
                Kind.ShortlyAfter => anchor is { } a ? Make(m, a.Precision > DatePrecision.Month ? PartialDate.Month(a.Start.Year, a.Start.Month) : a, DateDerivation.Anchor) : null,
                Kind.RelativeUnit => RelativeUnit(m, dct),
                Kind.Weekend => dct is { } w ? Plain(m, WeekValue(dct.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? w : w.AddDays(-7)) + "-WE") : null,
                Kind.DayWord => DayWord(m, dct),
                Kind.Weekday => Weekday(m, text, dct),
                Kind.PresentRef => IsDiscourseNow(m, text) ? null : Plain(m, "PRESENT_REF"),
                Kind.PastOrFutureRef => Plain(m, m.Groups["w"].Value.Contains("future", StringComparison.OrdinalIgnoreCase) || m.Groups["w"].Value.StartsWith("coming", StringComparison.OrdinalIgnoreCase) ? "FUTURE_REF" : "PAST_REF"),
                Kind.Holiday => Holiday(m, text, dct),
                Kind.MonthOfRelativeYear => dct is { } y
                    ? Make(m, PartialDate.Month(y.Year + (m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 }), DateLexicon.Month(m.Groups["m"].Value)), DateDerivation.DocumentDate)
                    : null,
                Kind.WeekOf => WeekOf(m, text, dct),
                Kind.Frequency => new TemporalExpression
                {
                    Start = m.Index,
                    End = m.Index + m.Length,
                    Text = m.Value,
                    Type = "SET",
                    Value = m.Value.ToLowerInvariant() switch { "daily" or "every day" => "P1D", "weekly" or "every week" => "P1W", "monthly" or "every month" => "P1M", _ => "P1Y" },
                },
                Kind.SecondDay => SecondDay(m, text, dct),
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

    /// <summary>
    /// The year that puts a month and day nearest the document's date, on the side the tense points to:
    /// "killed on Aug. 7" in a story of 18 August is this year's, "by Jan. 14" in a story of 15 January too.
    /// </summary>
    private static int NearestYear(DateOnly dct, int month, int day, Tense.Direction direction)
    {
        var best = dct.Year;
        var bestDistance = int.MaxValue;
        foreach (var year in new[] { dct.Year - 1, dct.Year, dct.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var offset = new DateOnly(year, month, day).DayNumber - dct.DayNumber;
            var wrongSide = (direction == Tense.Direction.Past && offset > 7) || (direction == Tense.Direction.Future && offset < -31);

            // Without a tense, news still looks back more often than ahead.
            var aheadUnsaid = direction == Tense.Direction.Unknown && offset > 60;
            var distance = Math.Abs(offset) + (wrongSide || aheadUnsaid ? 400 : 0);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    private static TemporalExpression MonthDay(Match m, string text, DateOnly? dct)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var day = DateExpressionParser.Int(m.Groups["d"]);
        if (dct is not { } d)
        {
            return Plain(m, FormattableString.Invariant($"XXXX-{month:D2}-{day:D2}"));
        }

        var year = NearestYear(d, month, day, Tense.Around(text, m.Index));
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
            "next-or-this" => month < d.Month ? d.Year + 1 : d.Year,
            "nearest" => NearestYear(d, month, 1, Tense.Direction.Unknown),
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

    private static TemporalExpression? Offset(Match m, string text, DateOnly? dct, PartialDate? anchor)
    {
        var n = DateLexicon.Number(m.Groups["n"].Value);
        var unit = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var direction = m.Groups["d"].Value.ToLowerInvariant();

        // "a week after the anniversary" counts from an event, not from a date told before: no value.
        var next = m.Index + m.Length < text.Length ? text[m.Index + m.Length] : '.';
        if (direction is "after" or "before" && next is not ('.' or ',' or ';' or ')'))
        {
            return null;
        }

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

    private static TemporalExpression? AnchoredUnit(Match m, string text, PartialDate? anchor)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "same";

        // "the day before authorities issued…" counts from an event, not from the date told before.
        var next = m.Index + m.Length < text.Length ? text[m.Index + m.Length] : '.';
        if (rel is "before" or "after" && next is not ('.' or ',' or ';' or ')' or '\n'))
        {
            return null;
        }

        var step = rel switch { "following" or "next" or "after" => 1, "previous" or "before" => -1, _ => 0 };
        var s = a.Start;
        return m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "day" or "morning" or "evening" or "night" when a.Precision == DatePrecision.Day => Make(m, new PartialDate(s.AddDays(step), DatePrecision.Day), DateDerivation.Anchor),
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
        // "Wednesday's ruling" has happened.
        var possessive = m.Value.EndsWith("'s", StringComparison.Ordinal);
        var future = rel is "next" or "coming" || (rel != "last" && !possessive && Tense.Around(text, m.Groups["w"].Index) == Tense.Direction.Future);
        // "Thursday, Jan. 6": the date that follows names the day; the weekday takes its value.
        if (DateRules.WeekdayDate().Match(text, m.Groups["w"].Index) is { Success: true } dated && dated.Index == m.Groups["w"].Index)
        {
            var month = DateLexicon.Month(dated.Groups["m"].Value);
            var dayOfMonth = DateExpressionParser.Int(dated.Groups["d"]);
            var year = dated.Groups["y"].Success ? DateExpressionParser.Int(dated.Groups["y"]) : NearestYear(d, month, dayOfMonth, Tense.Around(text, m.Index));
            var named = PartialDate.Day(year, month, dayOfMonth);
            return new TemporalExpression { Start = m.Groups["w"].Index, End = m.Groups["w"].Index + m.Groups["w"].Length, Text = m.Groups["w"].Value, Value = named.ToTimex(), Date = named, Derivation = DateDerivation.DocumentDate };
        }

        // A weekday a day away is that neighbouring day whatever the tense ("until Thursday" in a Friday story is
        // yesterday); further away, the tense decides, and news looks back by default.
        var ahead = ((int)target - (int)d.DayOfWeek + 7) % 7;
        var back = ahead == 0 ? 0 : 7 - ahead;
        var date = rel switch
        {
            "next" or "coming" => d.AddDays(ahead == 0 ? 7 : ahead),
            "last" or "past" => d.AddDays(-(back == 0 ? 7 : back)),
            _ when ahead == 0 => d,
            _ when ahead == 1 && !possessive => d.AddDays(1),
            _ when back == 1 => d.AddDays(-1),
            _ => future ? d.AddDays(ahead) : d.AddDays(-back),
        };
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

    private static TemporalExpression? Holiday(Match m, string text, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return null;
        }

        var name = m.Groups["h"].Value.ToLowerInvariant();
        var direction = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => Tense.Direction.Past, "next" or "this" => Tense.Direction.Future, _ => Tense.Around(text, m.Index) };
        DateOnly? best = null;
        foreach (var year in new[] { d.Year - 1, d.Year, d.Year + 1 })
        {
            var day = Holidays.Date(name, year);
            var offset = day.DayNumber - d.DayNumber;
            if ((direction == Tense.Direction.Past && offset > 0) || (direction == Tense.Direction.Future && offset < 0))
            {
                continue;
            }

            if (best is null || Math.Abs(offset) < Math.Abs(best.Value.DayNumber - d.DayNumber))
            {
                best = day;
            }
        }

        if (best is not { } b)
        {
            return null;
        }

        // "Easter week" is the week, the rest are days.
        return m.Value.EndsWith("week", StringComparison.OrdinalIgnoreCase)
            ? Make(m, PartialDate.Week(ISOWeek.GetYear(b.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(b.ToDateTime(TimeOnly.MinValue))), DateDerivation.DocumentDate)
            : Make(m, new PartialDate(b, DatePrecision.Day), DateDerivation.DocumentDate);
    }

    /// <summary>"25" in "April 24 and 25": the same month and year as the first day.</summary>
    private static TemporalExpression? SecondDay(Match m, string text, DateOnly? dct)
    {
        var day = m.Groups["d"];
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var yearAfter = DateRules.Year().Match(text, m.Index + m.Length);
        int? year = yearAfter.Success && yearAfter.Index - (m.Index + m.Length) <= 3 ? DateExpressionParser.Int(yearAfter.Groups["y"])
            : dct is { } d ? NearestYear(d, month, DateExpressionParser.Int(day), Tense.Around(text, m.Index)) : null;
        if (year is not { } y)
        {
            return null;
        }

        var date = PartialDate.Day(y, month, DateExpressionParser.Int(day));
        return new TemporalExpression { Start = day.Index, End = day.Index + day.Length, Text = day.Value, Value = date.ToTimex(), Date = date, Derivation = DateDerivation.DocumentDate };
    }

    /// <summary>"the week of March 6": the ISO week holding that day.</summary>
    private static TemporalExpression? WeekOf(Match m, string text, DateOnly? dct)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var dayOfMonth = DateExpressionParser.Int(m.Groups["d"]);
        int? year = m.Groups["y"].Success ? DateExpressionParser.Int(m.Groups["y"]) : dct is { } d ? NearestYear(d, month, dayOfMonth, Tense.Around(text, m.Index)) : null;
        if (year is not { } y)
        {
            return null;
        }

        var day = new DateOnly(y, month, dayOfMonth).ToDateTime(TimeOnly.MinValue);
        return Make(m, PartialDate.Week(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day)), m.Groups["y"].Success ? DateDerivation.Explicit : DateDerivation.DocumentDate);
    }

    /// <summary>"Now the mission is…" opening a sentence moves the argument on; it is not a time.</summary>
    private static bool IsDiscourseNow(Match m, string text)
    {
        if (!m.Value.Equals("Now", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..m.Index].TrimEnd(' ', '\t');
        return before.Length == 0 || before[^1] is '.' or '\n' or '!' or '?' or '"' or '\'';
    }

    private static string WeekValue(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return FormattableString.Invariant($"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt)}");
    }

    /// <summary>TIMEX3 values as TimeML annotations write them: weeks unpadded ("2000-W7"), the rest as ISO.</summary>
    private static string TimeMlValue(PartialDate date) => date.Precision == DatePrecision.Week ? WeekValue(date.Start) : date.ToTimex();

    private static TemporalExpression Make(Match m, PartialDate date, DateDerivation derivation) => new()
    {
        Start = m.Index,
        End = m.Index + m.Length,
        Text = m.Value,
        Value = TimeMlValue(date),
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
