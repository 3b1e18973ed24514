using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>Dates with no year, placed in the year the sentence points to, in a story of Thursday 2 November 1989.</summary>
public sealed class DateDeicticTests
{
    private static readonly DateOnly Dct = new(1989, 11, 2);

    [Theory]
    [InlineData("The thrift announced the plan Aug. 21.", "Aug. 21", "1989-08-21")]
    [InlineData("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.", "Jan. 2", "1990-01-02")]
    [InlineData("Its board approved a plan in January.", "January", "1989-01")]
    [InlineData("The offer, which had been due to expire Friday, was extended to Nov. 16.", "Nov. 16", "1989-11-16")]
    [InlineData("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after he retires.", "Feb. 1", "1990-02-01")]
    [InlineData("The bank created a four-member office of the chairman, effective Feb. 1.", "Feb. 1", "1990-02-01")]
    [InlineData("The dividend would be paid on a still unspecified date in January.", "January", "1990-01")]
    [InlineData("Gabelli bought stock for months before throwing in the towel and reducing its stake in early September.", "early September", "1989-09")]
    public void A_bare_day_or_month_lands_in_the_year_the_sentence_points_to(string text, string span, string value)
    {
        var found = DateExpressionParser.Parse(text, Dct).First(t => t.Text == span);

        Assert.Equal(value, found.Value);
        Assert.Equal(DateDerivation.DocumentDate, found.Derivation);
    }

    [Theory]
    [InlineData("Intel's microprocessors are the chips of choice in many of today's personal computers.")]
    [InlineData("\"The case of Elian is for today's youth what the blockade was for their parents,\" he said.")]
    [InlineData("\"If I were choosing the people of tomorrow, I would have chosen the people on the board,\" he said.")]
    public void Today_and_tomorrow_for_the_age_are_no_day(string text) =>
        Assert.Empty(DateExpressionParser.Parse(text, Dct));

    [Fact]
    public void Todays_paper_is_the_documents_day()
    {
        var found = Assert.Single(DateExpressionParser.Parse("The offer, advertised in today's editions of the Journal, expires Dec. 1.", Dct), t => t.Text == "today");

        Assert.Equal("1989-11-02", found.Value);
    }

    [Theory]
    [InlineData("The Relatives have until 9 a.m. Tuesday to sign the paper.", "9 a.m. Tuesday", "1989-11-07T09:00")]
    [InlineData("The boy's father will leave at 4 in the morning (4 a.m. EDT Friday), Castro said.", "4 a.m. EDT Friday", "1989-11-03T04:00")]
    [InlineData("The offer will expire at noon Saturday.", "noon Saturday", "1989-11-04T12:00")]
    public void A_clock_time_on_a_named_day_is_a_time_on_that_day(string text, string span, string value)
    {
        var found = Assert.Single(DateExpressionParser.Parse(text, Dct), t => t.Text == span);

        Assert.Equal(("TIME", value, DatePrecision.Day), (found.Type, found.Value, found.Date!.Value.Precision));
    }

    [Fact]
    public void The_day_before_a_named_day_is_one_day_earlier()
    {
        var found = Assert.Single(DateExpressionParser.Parse("The day before last Tuesday's court hearing, Manuel went to his brother's home.", Dct));

        Assert.Equal(("The day before last Tuesday", "1989-10-30"), (found.Text, found.Value));
    }

    [Fact]
    public void The_previous_friday_is_a_week_before_the_friday_told()
    {
        var found = DateExpressionParser.Parse("Stocks fell sharply on Friday, Oct. 27. The index closed down 4.5% from the previous Friday.", Dct);

        Assert.Equal(["1989-10-27", "1989-10-20"], found.Select(t => t.Value));
    }

    [Fact]
    public void A_papers_or_programmes_name_is_no_day()
    {
        var found = DateExpressionParser.Parse("This is VOA Today. USA Today reported the story.", Dct);

        Assert.Empty(found);
    }

    [Fact]
    public void The_week_left_unpinned_is_a_week_of_the_year()
    {
        var found = DateExpressionParser.Parse("The index tumbled 1.2% on Friday. For the week, the index dropped 3.8%.", Dct)[^1];

        Assert.Equal(("week", "1989-WXX"), (found.Text, found.Value));
        Assert.Null(found.Date);
    }

    [Fact]
    public void The_same_day_after_a_month_is_an_unknown_day_of_that_month()
    {
        var found = DateExpressionParser.Parse("Dr. Slepian was killed last October. His name on the Web site was crossed out that same day.", new DateOnly(1999, 2, 6));

        Assert.Equal([("last October", "1998-10"), ("that same day", "1998-10-XX")], found.Select(t => (t.Text, t.Value)));
        Assert.Null(found[1].Date);
    }

    [Fact]
    public void A_month_after_for_is_a_date()
    {
        var found = Assert.Single(DateExpressionParser.Parse("The job figures for January extended a surge in employment.", new DateOnly(1998, 2, 6)));

        Assert.Equal(("January", "1998-01"), (found.Text, found.Value));
    }

    [Fact]
    public void A_weekday_with_its_date_is_one_expression_valued_by_the_date()
    {
        var found = Assert.Single(DateExpressionParser.Parse("The Times said in an editorial on Monday, Oct. 30: the vote matters.", Dct));

        Assert.Equal(("Monday, Oct. 30", "1989-10-30", DatePrecision.Day), (found.Text, found.Value, found.Date!.Value.Precision));
    }

    [Fact]
    public void A_programme_named_this_week_is_no_date()
    {
        var found = DateExpressionParser.Parse("Baker, speaking on ABC News' \"This Week,\" said the request was lawful.", Dct);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Mr. Roman was told Friday by two directors that he had lost the board's support.", "Friday", "1989-10-27")]
    [InlineData("The shares, which are being traded in London, are to resume trading in Paris Tuesday.", "Tuesday", "1989-11-07")]
    [InlineData("The offer, which expires Friday, has drawn 40% of the shares.", "Friday", "1989-11-03")]
    [InlineData("Air Force Lt. Col. Eileen Collins will be named commander of the space shuttle Columbia for a mission in October.", "October", "1990-10")]
    public void A_weekday_or_month_follows_a_stated_tense_even_a_day_away_or_a_long_clause_back(string text, string span, string value)
    {
        var found = DateExpressionParser.Parse(text, Dct).First(t => t.Text == span);

        Assert.Equal((value, value.Length == 7 ? DatePrecision.Month : DatePrecision.Day), (found.Value, found.Date!.Value.Precision));
    }

    [Theory]
    [InlineData("The Communist Party daily Granma said the boy should be returned.", "daily")]
    [InlineData("The news weekly Der Spiegel reported the talks.", "weekly")]
    public void A_paper_called_a_daily_or_weekly_is_no_frequency(string text, string word) =>
        Assert.DoesNotContain(DateExpressionParser.Parse(text, Dct), t => t.Text == word);

    [Fact]
    public void Daily_before_a_common_noun_is_a_frequency()
    {
        var found = Assert.Single(DateExpressionParser.Parse("Qantas plans daily flights between Sydney and Bombay.", Dct), t => t.Text == "daily");

        Assert.Equal(("SET", "P1D"), (found.Type, found.Value));
    }
}
