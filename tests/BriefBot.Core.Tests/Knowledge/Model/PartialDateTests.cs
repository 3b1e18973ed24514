using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2026-03-05", DatePrecision.Day, "2026-03-05", "2026-03-05", "5 March 2026")]
    [InlineData("2026-03", DatePrecision.Month, "2026-03-01", "2026-03-31", "March 2026")]
    [InlineData("2026-W10", DatePrecision.Week, "2026-03-02", "2026-03-08", "week 10 of 2026")]
    [InlineData("2026-Q1", DatePrecision.Quarter, "2026-01-01", "2026-03-31", "Q1 2026")]
    [InlineData("2026", DatePrecision.Year, "2026-01-01", "2026-12-31", "2026")]
    [InlineData("199", DatePrecision.Decade, "1990-01-01", "1999-12-31", "the 1990s")]
    [InlineData("18", DatePrecision.Century, "1800-01-01", "1899-12-31", "the 19th century")]
    public void Timex_values_round_trip_with_their_span(string timex, DatePrecision precision, string start, string end, string spoken)
    {
        Assert.True(PartialDate.TryParseTimex(timex, out var date));

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(timex, date.ToTimex());
        Assert.Equal(spoken, date.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("2026-W54")]
    [InlineData("2026-Q5")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void Impossible_values_are_refused(string? value) => Assert.False(PartialDate.TryParseTimex(value, out _));

    [Fact]
    public void Coarser_dates_sort_before_finer_ones_that_start_the_same_day()
    {
        var dates = new[] { PartialDate.Day(2026, 3, 1), PartialDate.Year(2026), PartialDate.Month(2026, 3) };

        Assert.Equal([PartialDate.Year(2026), PartialDate.Month(2026, 3), PartialDate.Day(2026, 3, 1)], dates.Order());
    }
}
