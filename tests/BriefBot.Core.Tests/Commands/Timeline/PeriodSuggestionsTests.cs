using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline;

public sealed class PeriodSuggestionsTests
{
    [Fact]
    public void A_year_is_labelled_once_and_a_month_with_its_spelled_out_name()
    {
        var entries = PeriodSuggestions.Counts([PartialDate.Day(2008, 3, 5), PartialDate.Day(2008, 3, 9), PartialDate.Year(2008)]);

        var year = Assert.Single(entries, e => e.Date == PartialDate.Year(2008));
        var month = Assert.Single(entries, e => e.Date == PartialDate.Month(2008, 3));
        Assert.Equal("2008 (3 events)", year.Label);
        Assert.StartsWith("2008-03 — ", month.Label, StringComparison.Ordinal);
        Assert.EndsWith(" (2 events)", month.Label, StringComparison.Ordinal);
        Assert.DoesNotContain("2008 — 2008", string.Join("\n", entries.Select(e => e.Label)), StringComparison.Ordinal);
    }
}
