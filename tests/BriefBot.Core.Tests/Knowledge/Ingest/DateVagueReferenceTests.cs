using BriefBot.Core.Knowledge.Ingest.Dates;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>Vague references (TimeML PRESENT_REF, PAST_REF, FUTURE_REF): found, valued, and never given a calendar date.</summary>
public sealed class DateVagueReferenceTests
{
    private static readonly DateOnly Dct = new(1989, 10, 30);

    [Theory]
    [InlineData("Magna recently cut its quarterly dividend in half.", "recently", "PAST_REF")]
    [InlineData("Until recently, Kellogg had been telling its sales force otherwise.", "Until recently", "PAST_REF")]
    [InlineData("The group currently holds 3,027,330 shares.", "currently", "PRESENT_REF")]
    [InlineData("Montedison now owns about 72% of Erbamont.", "now", "PRESENT_REF")]
    [InlineData("Now officials are investigating whether the bombings are related.", "Now", "PRESENT_REF")]
    [InlineData("The company was delaying construction because of current market conditions.", "current", "PRESENT_REF")]
    [InlineData("Kellogg soon will begin selling boxes for as little as 99 cents.", "soon", "FUTURE_REF")]
    [InlineData("In the past, Russia has often claimed the fleet.", "the past", "PAST_REF")]
    [InlineData("Sansui's problems deepened in recent years.", "recent years", "PAST_REF")]
    [InlineData("It expects to sell the unit in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Tax credits will cut payments in future quarters.", "future quarters", "FUTURE_REF")]
    [InlineData("Funds have been sellers in the past several quarters.", "the past several quarters", "PAST_REF")]
    [InlineData("\"But we don't minimize the challenges of the near term,\" he said.", "the near term", "FUTURE_REF")]
    [InlineData("The plant will be financed through bank borrowings at a later date.", "a later date", "FUTURE_REF")]
    public void Each_vague_reference_gets_its_value_and_no_date(string text, string span, string value)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct));

        Assert.Equal((span, value), (found.Text, found.Value));
        Assert.Null(found.Date);
    }

    [Theory]
    [InlineData("The company is confident about future earnings and cash flow.")]
    [InlineData("It will liquidate the maker as soon as possible.")]
    [InlineData("He was released soon after the talks.")]
    [InlineData("Now, for the weather.")]
    [InlineData("The current account deficit widened.")]
    [InlineData("The troops will stay for the foreseeable future.")]
    public void Nouns_connectives_and_durations_are_not_vague_references(string text) =>
        Assert.Empty(DateExpressionParser.Parse(text, Dct));
}
