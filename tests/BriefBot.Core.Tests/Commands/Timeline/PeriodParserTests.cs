using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline;

public sealed class PeriodParserTests
{
    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31", DatePrecision.Year)]
    [InlineData("2026-03", "2026-03-01", "2026-03-31", DatePrecision.Month)]
    [InlineData("2026-03-05", "2026-03-05", "2026-03-05", DatePrecision.Day)]
    [InlineData("2026-W10", "2026-03-02", "2026-03-08", DatePrecision.Week)]
    [InlineData("2026-Q2", "2026-04-01", "2026-06-30", DatePrecision.Quarter)]
    [InlineData("1989-Q3", "1989-07-01", "1989-09-30", DatePrecision.Quarter)]
    [InlineData("Q3 1989", "1989-07-01", "1989-09-30", DatePrecision.Quarter)]
    [InlineData("third quarter of 1989", "1989-07-01", "1989-09-30", DatePrecision.Quarter)]
    [InlineData("1989-H1", "1989-01-01", "1989-06-30", DatePrecision.Half)]
    [InlineData("H2 1989", "1989-07-01", "1989-12-31", DatePrecision.Half)]
    [InlineData("first half of 1989", "1989-01-01", "1989-06-30", DatePrecision.Half)]
    [InlineData("fiscal 1990", "1990-01-01", "1990-12-31", DatePrecision.Year)]
    [InlineData("Q1 1989 to Q2 1989", "1989-01-01", "1989-06-30", DatePrecision.Quarter)]
    [InlineData("1990s", "1990-01-01", "1999-12-31", DatePrecision.Decade)]
    [InlineData("the 1850s", "1850-01-01", "1859-12-31", DatePrecision.Decade)]
    [InlineData("199", "1990-01-01", "1999-12-31", DatePrecision.Decade)]
    [InlineData("19th century", "1800-01-01", "1899-12-31", DatePrecision.Century)]
    [InlineData("nineteenth century", "1800-01-01", "1899-12-31", DatePrecision.Century)]
    [InlineData("March 2026", "2026-03-01", "2026-03-31", DatePrecision.Month)]
    [InlineData("5 March 2026", "2026-03-05", "2026-03-05", DatePrecision.Day)]
    [InlineData("2020..2023", "2020-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("2026-01 to 2026-03", "2026-01-01", "2026-03-31", DatePrecision.Month)]
    public void Accepted_forms_read_as_their_span(string text, string start, string end, DatePrecision precision)
    {
        Assert.True(PeriodParser.TryParse(text, out var period));

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), precision), (period.Start, period.End, period.Precision));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday-ish")]
    [InlineData("2023..2020")]
    [InlineData("Q5 1989")]
    [InlineData("1989-H3")]
    [InlineData("")]
    [InlineData("<script>")]
    [InlineData("@everyone")]
    public void Unreadable_periods_are_refused(string text) => Assert.False(PeriodParser.TryParse(text, out _));
}
