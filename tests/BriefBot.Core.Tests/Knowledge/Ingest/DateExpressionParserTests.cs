using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

public sealed class DateExpressionParserTests
{
    private static readonly DateOnly Dct = new(2026, 3, 14);

    [Theory]
    [InlineData("It began on March 4, 2026.", "March 4, 2026", "2026-03-04", DatePrecision.Day, DateDerivation.Explicit)]
    [InlineData("It began on 4 March 2026.", "4 March 2026", "2026-03-04", DatePrecision.Day, DateDerivation.Explicit)]
    [InlineData("On March 5, drones struck.", "March 5", "2026-03-05", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("Drills were held in early October 2021.", "early October 2021", "2021-10", DatePrecision.Month, DateDerivation.Explicit)]
    [InlineData("The war of 2025 ended.", "2025", "2025", DatePrecision.Year, DateDerivation.Explicit)]
    [InlineData("He shaped policy in the 1990s.", "the 1990s", "199", DatePrecision.Decade, DateDerivation.Explicit)]
    [InlineData("Russia lost in the 1850s.", "the 1850s", "185", DatePrecision.Decade, DateDerivation.Explicit)]
    [InlineData("They were divided in the nineteenth century.", "the nineteenth century", "18", DatePrecision.Century, DateDerivation.Explicit)]
    [InlineData("Officials met yesterday.", "yesterday", "2026-03-13", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("Prices rose last year.", "last year", "2025", DatePrecision.Year, DateDerivation.DocumentDate)]
    [InlineData("Talks ended on Friday.", "Friday", "2026-03-13", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("Talks will resume on Monday.", "Monday", "2026-03-16", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("The court will rule by March 20.", "March 20", "2026-03-20", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("The plant closed in November.", "November", "2025-11", DatePrecision.Month, DateDerivation.DocumentDate)]
    [InlineData("The treaty was signed in February this year.", "February this year", "2026-02", DatePrecision.Month, DateDerivation.DocumentDate)]
    [InlineData("The hearing is set for the week of March 23.", "the week of March 23", "2026-W13", DatePrecision.Week, DateDerivation.DocumentDate)]
    [InlineData("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27", DatePrecision.Day, DateDerivation.DocumentDate)]
    [InlineData("Post-1991 politics changed.", "1991", "1991", DatePrecision.Year, DateDerivation.Explicit)]
    public void Each_form_gets_its_value_and_precision(string text, string span, string value, DatePrecision precision, DateDerivation derivation)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct));

        Assert.Equal(span, found.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), found.Start);
        Assert.Equal(value, found.Value);
        Assert.Equal(precision, found.Date!.Value.Precision);
        Assert.Equal(derivation, found.Derivation);
    }

    [Theory]
    [InlineData("After the death on March 4, 2026, the following day drones struck.", "the following day", "2026-03-05", DatePrecision.Day)]
    [InlineData("Russia lost in the 1850s and returned two decades later.", "two decades later", "187", DatePrecision.Decade)]
    [InlineData("A strike came on March 5, 2026. Shortly afterward, talks began.", "Shortly afterward", "2026-03", DatePrecision.Month)]
    public void Relative_expressions_resolve_against_the_nearest_earlier_date(string text, string span, string value, DatePrecision precision)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, documentDate: null), t => t.Text == span);

        Assert.Equal(value, found.Value);
        Assert.Equal(precision, found.Date!.Value.Precision);
        Assert.Equal(DateDerivation.Anchor, found.Derivation);
    }

    [Theory]
    [InlineData("The following day talks began.")]
    [InlineData("Drones struck on March 5.")]
    public void Without_an_anchor_a_relative_date_stays_undated(string text) =>
        Assert.All(DateExpressionParser.Parse(text, documentDate: null), t => Assert.Null(t.Date));

    [Theory]
    [InlineData("The drones carried 1,700 kg and flew 2020 km.")]
    [InlineData("It may rain, and troops march north.")]
    [InlineData("Nearly 30 tons of aid were sent.")]
    public void Numbers_and_verbs_are_not_dates(string text) => Assert.DoesNotContain(DateExpressionParser.Parse(text, Dct), t => t.Date is not null);

    [Theory]
    [InlineData("The United States met on Thursday.", "2026-03-12")]
    [InlineData("They said they would appeal Wednesday's ruling.", "2026-03-11")]
    [InlineData("Officials plan to visit on Tuesday.", "2026-03-17")]
    public void A_weekday_points_back_unless_the_words_before_it_point_ahead(string text, string value) =>
        Assert.Equal(value, Assert.Single(DateExpressionParser.Parse(text, Dct)).Value);

    [Fact]
    public void Ten_kilobytes_of_junk_do_not_break_the_parser()
    {
        var junk = string.Concat(Enumerable.Repeat("March 99, 2026 <script> @everyone 1,2,3 the following day ", 180));

        var found = DateExpressionParser.Parse(junk, Dct);

        Assert.All(found, t => Assert.InRange(t.End, t.Start + 1, junk.Length));
    }
}
