using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>Reporting periods as a results story tells them, valued as the TimeML guidelines do, in a story of Thursday 2 November 1989.</summary>
public sealed class DateReportingPeriodTests
{
    private static readonly DateOnly Dct = new(1989, 11, 2);

    [Theory]
    [InlineData("Citadel posted a third-quarter net loss of $2.3 million.", "third-quarter", "1989-Q3", DatePrecision.Quarter)]
    [InlineData("Net income rose 11% in the third quarter.", "the third quarter", "1989-Q3", DatePrecision.Quarter)]
    [InlineData("Results for the fourth quarter of 1988 were restated.", "the fourth quarter of 1988", "1988-Q4", DatePrecision.Quarter)]
    [InlineData("Net sales for this year's third quarter were $14 million.", "this year's third quarter", "1989-Q3", DatePrecision.Quarter)]
    [InlineData("The split could be effective as early as next year's first quarter.", "next year's first quarter", "1990-Q1", DatePrecision.Quarter)]
    [InlineData("The company earned $22.5 million in the year-ago third quarter.", "the year-ago third quarter", "1988-Q3", DatePrecision.Quarter)]
    [InlineData("Air Lines earnings soared 33% in the fiscal first quarter.", "the fiscal first quarter", "1989-Q1", DatePrecision.Quarter)]
    [InlineData("Pretax profit jumped 38% in the first half.", "the first half", "1989-H1", DatePrecision.Half)]
    [InlineData("The strike will mean lower earnings for the last half of 1989.", "the last half of 1989", "1989-H2", DatePrecision.Half)]
    [InlineData("The slump should last through the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1", DatePrecision.Half)]
    [InlineData("In fiscal 1990, the company expects sales to rise.", "fiscal 1990", "1990", DatePrecision.Year)]
    [InlineData("The drop will mean lower earnings for the fiscal year.", "the fiscal year", "1989", DatePrecision.Year)]
    [InlineData("Sales were $7.4 billion in the latest fiscal year.", "the latest fiscal year", "1988", DatePrecision.Year)]
    [InlineData("Aetna had a $23 million loss in the latest quarter.", "the latest quarter", "1989-Q3", DatePrecision.Quarter)]
    [InlineData("The company expects to complete the sale by year-end.", "year-end", "1989", DatePrecision.Year)]
    [InlineData("The percentage change is since year-end.", "year-end", "1988", DatePrecision.Year)]
    [InlineData("Sales for the full year were $6.6 billion.", "the full year", "1989", DatePrecision.Year)]
    public void Each_reporting_period_gets_its_value_and_precision(string text, string span, string value, DatePrecision precision)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct));

        Assert.Equal((span, value, precision), (found.Text, found.Value, found.Date!.Value.Precision));
    }

    [Theory]
    [InlineData("Savin reported a third-quarter loss of $35.2 million, compared with year-earlier profit of $3.8 million.", "year-earlier")]
    [InlineData("Du Pont said third-quarter profit grew 19%. In the year-earlier period, it earned $461 million.", "the year-earlier period")]
    [InlineData("Coast Savings reported a third-quarter loss. Coast earned $10.2 million a year ago.", "a year ago")]
    [InlineData("Unisys posted a third-quarter loss. Revenue was $2.27 billion in the year-ago quarter.", "the year-ago quarter")]
    [InlineData("Kirschner reported third-quarter earnings. It earned $376,000 in the 1988 quarter.", "the 1988 quarter")]
    [InlineData("Columbia reported a third-quarter loss. For the quarter a year ago, it earned $16.3 million.", "the quarter a year ago")]
    [InlineData("Net fell in the third quarter. Sales rose from $93.3 million a year earlier.", "a year earlier")]
    public void A_year_ago_phrase_next_to_a_quarter_is_that_quarter_a_year_before(string text, string span)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct), t => t.Text == span);

        Assert.Equal("1988-Q3", found.Value);
        Assert.Equal(DatePrecision.Quarter, found.Date!.Value.Precision);
    }

    [Theory]
    [InlineData("RMS lost $158,666 in the third quarter. For the nine months, it lost $608,413, compared with year-earlier net income of $967,809.", "year-earlier")]
    [InlineData("Delta earned $133.1 million in the third quarter. Through the first nine months it lost $673.3 million, compared with earnings a year earlier of $382.2 million.", "a year earlier")]
    public void A_year_ago_phrase_after_the_months_to_date_is_the_year_before(string text, string span)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct), t => t.Text == span);

        Assert.Equal("1988", found.Value);
    }

    [Fact]
    public void A_quarter_reported_in_the_past_is_the_period_in_focus_even_before_the_calendar_ends_it()
    {
        var found = DateExpressionParser.Parse("Ralston Purina reported a 47% decline in fourth-quarter earnings. It earned $45.2 million, compared with $84.9 million a year earlier. Sales in the latest period were $1.76 billion.", Dct);

        Assert.Equal(["1989-Q4", "1988-Q4", "1989-Q4"], found.Select(t => t.Value));
    }

    [Fact]
    public void A_quarter_named_in_passing_is_not_the_period_in_focus()
    {
        var found = DateExpressionParser.Parse("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, it cited its consumer businesses. Charges were taken in the year-earlier period.", Dct);

        Assert.Equal(["1989-Q3", "1989-Q2", "1988-Q3"], found.Select(t => t.Value));
    }

    [Fact]
    public void In_a_story_of_fiscal_quarters_the_quarter_ended_is_the_fiscal_one()
    {
        var found = DateExpressionParser.Parse("Sun earned $5.2 million in the fiscal first quarter. It reported sales of $538.5 million for the quarter ended Sept. 29. In the 1988 period, it earned $20.6 million.", Dct);

        Assert.Equal(["1989-Q1", "1989-Q1", "1988-Q1"], found.Where(t => t.Text != "Sept. 29").Select(t => t.Value));
    }

    [Fact]
    public void Chained_year_earlier_comparisons_do_not_drift_further_back()
    {
        var found = DateExpressionParser.Parse("Profit rose in the third quarter from $58 million a year earlier. Sales rose from $502 million a year earlier.", Dct);

        Assert.Equal(["1989-Q3", "1988-Q3", "1988-Q3"], found.Select(t => t.Value));
    }

    [Fact]
    public void Without_a_quarter_in_focus_a_year_earlier_is_last_year()
    {
        var found = Assert.Single(DateExpressionParser.Parse("Wages were 3.8 percent higher than a year earlier.", Dct));

        Assert.Equal(("1988", DatePrecision.Year), (found.Value, found.Date!.Value.Precision));
    }

    [Fact]
    public void A_forecast_quarter_is_not_the_period_being_reported()
    {
        var found = DateExpressionParser.Parse("Demand will weaken through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.", Dct);

        Assert.Equal("1988-Q3", found.Single(t => t.Text == "the year-ago period").Value);
    }

    [Theory]
    [InlineData("Unisys said revenue rose in the quarter ended Sept. 30.", "1989-Q3")]
    [InlineData("Jayark had a loss in the quarter ended July 31.", "1989-Q2")]
    public void A_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it(string text, string value)
    {
        var found = DateExpressionParser.Parse(text, Dct);

        Assert.Equal(value, found.Single(t => t.Text == "the quarter").Value);
        Assert.Contains(found, t => t.Date?.Precision == DatePrecision.Day);
    }

    [Fact]
    public void A_fiscal_year_is_placed_by_its_calendar_year_and_shown_as_fiscal()
    {
        var found = Assert.Single(DateExpressionParser.Parse("In fiscal 1990, the company expects sales to rise.", Dct));

        Assert.True(found.Date!.Value.IsFiscal);
        Assert.Equal((new DateOnly(1990, 1, 1), new DateOnly(1990, 12, 31)), (found.Date.Value.Start, found.Date.Value.End));
        Assert.Equal("fiscal 1990", found.Date.Value.ToString());
    }

    [Theory]
    [InlineData("He bought a quarter of the shares.")]
    [InlineData("The Old City's Jewish Quarter was quiet.")]
    [InlineData("The knicks led in the first half hour.")]
    public void Quarters_and_halves_that_are_not_periods_are_left_alone(string text) =>
        Assert.DoesNotContain(DateExpressionParser.Parse(text, Dct), t => t.Date is not null);
}
