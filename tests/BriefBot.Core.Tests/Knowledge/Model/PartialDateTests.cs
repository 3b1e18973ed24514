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
    [InlineData("1989-H1", DatePrecision.Half, "1989-01-01", "1989-06-30", "first half of 1989")]
    [InlineData("1989-H2", DatePrecision.Half, "1989-07-01", "1989-12-31", "second half of 1989")]
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
    [InlineData("2026-H3")]
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

    [Fact]
    public void A_fiscal_year_reads_as_fiscal_and_spans_its_calendar_year()
    {
        var fiscal = PartialDate.Year(1990) with { IsFiscal = true };

        Assert.Equal(("fiscal 1990", "1990"), (fiscal.ToString(), fiscal.ToTimex()));
        Assert.Equal((new DateOnly(1990, 1, 1), new DateOnly(1990, 12, 31)), (fiscal.Start, fiscal.End));
    }

    [Fact]
    public void A_quarter_sits_inside_its_half_and_its_year()
    {
        var q3 = PartialDate.Quarter(1989, 3);

        Assert.True(PartialDate.Half(1989, 2).Contains(q3));
        Assert.False(PartialDate.Half(1989, 1).Overlaps(q3));
        Assert.True(PartialDate.Year(1989).Contains(PartialDate.Half(1989, 1)));
    }
}
