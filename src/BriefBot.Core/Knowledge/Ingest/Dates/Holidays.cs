namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Dates of holidays English news names by name, for a given year.</summary>
internal static class Holidays
{
    public static DateOnly Date(string name, int year) => name switch
    {
        _ when name.StartsWith("thanksgiving", StringComparison.Ordinal) => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        _ when name.StartsWith("christmas eve", StringComparison.Ordinal) => new DateOnly(year, 12, 24),
        _ when name.StartsWith("christmas", StringComparison.Ordinal) => new DateOnly(year, 12, 25),
        _ when name.StartsWith("new year's eve", StringComparison.Ordinal) => new DateOnly(year, 12, 31),
        _ when name.StartsWith("new year", StringComparison.Ordinal) => new DateOnly(year, 1, 1),
        _ when name.StartsWith("independence", StringComparison.Ordinal) => new DateOnly(year, 7, 4),
        _ when name.StartsWith("election", StringComparison.Ordinal) => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        _ when name.StartsWith("easter", StringComparison.Ordinal) => Easter(year),
        _ when name.StartsWith("labor", StringComparison.Ordinal) => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        _ when name.StartsWith("memorial", StringComparison.Ordinal) => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
        _ when name.StartsWith("valentine", StringComparison.Ordinal) => new DateOnly(year, 2, 14),
        _ => new DateOnly(year, 10, 31),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
