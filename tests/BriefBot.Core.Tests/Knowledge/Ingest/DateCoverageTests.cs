using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>Forms broadcast transcripts and business copy use: years in words, seasons, decades in words, zero-padded weeks.</summary>
public sealed class DateCoverageTests
{
    [Theory]
    [InlineData("Atlanta, nineteen ninety-six. A bomb blast shocks the Olympic games.", "1998-02-27", "nineteen ninety-six", "1996", DatePrecision.Year)]
    [InlineData("In nineteen seventy-nine the Soviet Union invaded Afghanistan.", "1998-02-27", "nineteen seventy-nine", "1979", DatePrecision.Year)]
    [InlineData("His promise to halve unemployment by the year two thousand was abandoned.", "1998-02-05", "the year two thousand", "2000", DatePrecision.Year)]
    [InlineData("January nineteen ninety-seven. Atlanta again.", "1998-02-27", "January nineteen ninety-seven", "1997-01", DatePrecision.Month)]
    [InlineData("Hate group numbers were dropping through the nineties.", "1998-03-03", "the nineties", "199", DatePrecision.Decade)]
    [InlineData("Wages rose less than inflation in the last decade.", "1998-02-06", "last decade", "198", DatePrecision.Decade)]
    [InlineData("Clinton traveled to the heartland last week.", "1998-02-27", "last week", "1998-W08", DatePrecision.Week)]
    public void Each_form_gets_its_value_and_precision(string text, string dct, string span, string value, DatePrecision precision)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, DateOnly.ParseExact(dct, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal((span, value, precision), (found.Text, found.Value, found.Date!.Value.Precision));
    }

    [Theory]
    [InlineData("The level we saw in the winter of nineteen ninety-four was lower.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("Control Data scrapped the business this past spring.", "this past spring", "1989-SP")]
    [InlineData("Delta is in bankruptcy after a strike that began last spring.", "last spring", "1989-SP")]
    [InlineData("Competitors offered discounts over the summer.", "the summer", "1989-SU")]
    public void Seasons_get_their_season_value(string text, string span, string value)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, new DateOnly(1989, 10, 26)));

        Assert.Equal((span, value), (found.Text, found.Value));
    }

    [Theory]
    [InlineData("Two thousand people marched.")]
    [InlineData("Nineteen people were hurt in the fall of the regime.")]
    public void Counts_and_falls_are_not_dates(string text) =>
        Assert.DoesNotContain(DateExpressionParser.Parse(text, new DateOnly(1998, 2, 27)), t => t.Date is not null || t.Value.EndsWith("FA", StringComparison.Ordinal));
}
