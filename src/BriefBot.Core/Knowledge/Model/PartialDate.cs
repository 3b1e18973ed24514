using System.Globalization;

namespace BriefBot.Core.Knowledge.Model;

/// <summary>
/// A date known only to some precision: "the 1990s", "March 2026", "2026-03-05".
/// <see cref="Start"/> is the first day of the span; no finer part is ever invented.
/// </summary>
public readonly record struct PartialDate(DateOnly Start, DatePrecision Precision) : IComparable<PartialDate>
{
    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public static PartialDate Quarter(int year, int quarter) => new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), DatePrecision.Quarter);

    /// <summary>The first (January–June) or second (July–December) half of <paramref name="year"/>.</summary>
    public static PartialDate Half(int year, int half) => new(new DateOnly(year, half == 1 ? 1 : 7, 1), DatePrecision.Half);

    /// <summary>
    /// A company's or government's reporting year rather than the calendar's ("fiscal 1990"). It is placed by the
    /// calendar year it is named after, since the article rarely says when it runs; only the wording differs.
    /// </summary>
    public bool IsFiscal { get; init; }

    /// <summary>The decade that starts at <paramref name="firstYear"/> (1990 for the 1990s).</summary>
    public static PartialDate Decade(int firstYear) => new(new DateOnly(firstYear - (firstYear % 10), 1, 1), DatePrecision.Decade);

    /// <summary>The hundred years that start at <paramref name="firstYear"/> (1800 for the nineteenth century, as TimeML writes it).</summary>
    public static PartialDate Century(int firstYear) => new(new DateOnly(Math.Max(1, firstYear - (firstYear % 100)), 1, 1), DatePrecision.Century);

    /// <summary>The ISO week <paramref name="week"/> of <paramref name="isoYear"/>, starting on its Monday.</summary>
    public static PartialDate Week(int isoYear, int week) => new(DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday)), DatePrecision.Week);

    /// <summary>The last day inside the span.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Week => Start.AddDays(6),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        DatePrecision.Half => Start.AddMonths(6).AddDays(-1),
        DatePrecision.Year => Start.AddYears(1).AddDays(-1),
        DatePrecision.Decade => Start.AddYears(10).AddDays(-1),
        DatePrecision.Century => Start.Year + 100 > DateOnly.MaxValue.Year ? DateOnly.MaxValue : Start.AddYears(100).AddDays(-1),
        _ => Start,
    };

    public bool Contains(PartialDate other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(PartialDate other) => other.Start <= End && other.End >= Start;

    /// <summary>The TimeML TIMEX3 value: 2026-03-05, 2026-03, 2026-W10, 2026-Q1, 2026-H1, 2026, 199, 18.</summary>
    public string ToTimex() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}"),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        DatePrecision.Half => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-H{((Start.Month - 1) / 6) + 1}"),
        DatePrecision.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Decade => (Start.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        DatePrecision.Century => (Start.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a TIMEX3 date value back (the forms <see cref="ToTimex"/> writes).</summary>
    public static bool TryParseTimex(string? value, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var v = value.Trim();
        var inv = CultureInfo.InvariantCulture;
        try
        {
            if (v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
            {
                date = new PartialDate(day, DatePrecision.Day);
                return true;
            }

            if (v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, inv, out var y) && int.TryParse(v.AsSpan(5, 2), NumberStyles.None, inv, out var m) && m is >= 1 and <= 12 && y >= 1)
            {
                date = Month(y, m);
                return true;
            }

            // ISO writes "2026-W09"; TimeML annotations often "2026-W9": both are read.
            if (v.Length is 7 or 8 && v[4] == '-' && v[5] == 'W' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, inv, out var wy) && int.TryParse(v.AsSpan(6), NumberStyles.None, inv, out var w) && w >= 1 && w <= ISOWeek.GetWeeksInYear(wy))
            {
                date = Week(wy, w);
                return true;
            }

            if (v.Length == 7 && v[4] == '-' && v[5] == 'Q' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, inv, out var qy) && v[6] is >= '1' and <= '4')
            {
                date = Quarter(qy, v[6] - '0');
                return true;
            }

            if (v.Length == 7 && v[4] == '-' && v[5] == 'H' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, inv, out var hy) && v[6] is '1' or '2')
            {
                date = Half(hy, v[6] - '0');
                return true;
            }

            if (v.All(char.IsAsciiDigit))
            {
                var n = int.Parse(v, NumberStyles.None, inv);
                switch (v.Length)
                {
                    case 4 when n >= 1:
                        date = Year(n);
                        return true;
                    case 3:
                        date = Decade(n * 10);
                        return true;
                    case 2:
                        date = Century(n * 100);
                        return true;
                }
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        return false;
    }

    /// <summary>How a reader would say it: "5 March 2026", "March 2026", "Q3 1989", "first half of 1989", "fiscal 1990", "the 1990s".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year when IsFiscal => string.Create(CultureInfo.InvariantCulture, $"fiscal {Start.Year}"),
        DatePrecision.Quarter when IsFiscal => string.Create(CultureInfo.InvariantCulture, $"fiscal Q{((Start.Month - 1) / 3) + 1} {Start.Year}"),
        DatePrecision.Half => string.Create(CultureInfo.InvariantCulture, $"{(Start.Month < 7 ? "first" : "second")} half of {(IsFiscal ? "fiscal " : "")}{Start.Year}"),
        DatePrecision.Day => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"week {ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue))} of {ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}"),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{((Start.Month - 1) / 3) + 1} {Start.Year}"),
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"the {Start.Year}s"),
        DatePrecision.Century => string.Create(CultureInfo.InvariantCulture, $"the {Ordinal((Start.Year / 100) + 1)} century"),
        _ => ToTimex(),
    };

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
