using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Reporting periods, spelled-out years and seasons; <see cref="ReportingPeriods"/>, <see cref="SpelledYears"/> and <see cref="Seasons"/> read them.</summary>
internal static partial class DateRules
{
    private const string Y = @"(?:1\d{3}|20\d{2})";
    private const string Ord = @"(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    private const string Spelled = @"(?:(?:nineteen|eighteen)[- ](?:hundred(?:[- ]and)?|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two[- ]thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)";

    /// <summary>"the third quarter", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the 1988 second quarter", "the year-ago third quarter", "the fourth quarter of 1989".</summary>
    [GeneratedRegex(@"\b(?:(?:the|this|its|their)\s+)?(?:(?<yr>" + Y + @")\s+|(?<ry>this|last|next)\s+year's\s+|(?<ago>year-(?:ago|earlier)|prior-year)\s+|(?<fiscal>fiscal)[- ]|(?:latest|current|comparable|corresponding|seasonally\s+[a-z]+|calendar)\s+)*(?<o>" + Ord + @")[- ](?:(?<fiscal>fiscal)[- ])?quarter\b(?!-)(?:\s+of\s+(?:(?<y>" + Y + @")|(?<ry>this|last|next)\s+year|fiscal\s+(?<y>" + Y + @")))?(?<post>\s+a\s+year\s+(?:ago|earlier))?", Options, 10000)]
    public static partial Regex OrdinalQuarter();

    /// <summary>"the first half", "the second half of 1989", "the fiscal first half", "the first two quarters of 1990" (not "the last half of the '80s").</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<yr>" + Y + @")\s+|(?<fiscal>fiscal)\s+)?(?<h>first|second|last|latter)[- ](?:(?<fiscal>fiscal)[- ])?half\b(?![- ](?:hour|mile|point|inning|century|decade|dozen|percent|million|billion))(?!\s+of\s+(?!(?:" + Y + @"|this\s+year|last\s+year|next\s+year|the\s+year|fiscal\s+" + Y + @")\b))(?:\s+of\s+(?:(?<y>" + Y + @")|(?<ry>this|last|next)\s+year|the\s+year|fiscal\s+(?<y>" + Y + @")))?|\b(?:the\s+)?(?<h>first|last)\s+two\s+quarters(?:\s+of\s+(?:(?<y>" + Y + @")|(?<ry>this|last|next)\s+year))?", Options, 10000)]
    public static partial Regex Half();

    /// <summary>"the latest quarter", "the quarter", "this quarter", "the year-ago period", "the 1988 period", "last year's quarter", "the corresponding period last year".</summary>
    [GeneratedRegex(@"\b(?<det>the|this|that|its|their|(?<ry>last|this)\s+year's)\s+(?<mods>(?:(?:latest|most\s+recent|recent|current|same|comparable|corresponding|year-ago|year-earlier|prior-year|fiscal|(?<yr>" + Y + @"))\s+)*)(?<u>(?-i:quarter|period))\b(?!-)(?<post>\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year))?", Options, 10000)]
    public static partial Regex AnaphoricQuarter();

    /// <summary>"ended Sept. 30", "ending June 30, 1990" just after a quarter or period.</summary>
    [GeneratedRegex(@"\G\s+(?:that\s+)?end(?:ed|ing|s)\s+(?<m>" + M + @")\.?\s+(?<d>[0-3]?\d)(?:,?\s+(?<y>" + Y + @"))?", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex PeriodEnded();

    /// <summary>"a flat ", "an ": an indefinite article just before a period named in passing.</summary>
    [GeneratedRegex(@"\b(?:a|an)\s+(?:[a-z]+\s+)?$", Options, 10000)]
    public static partial Regex Indefinite();

    /// <summary>"the nine months", "the first six months", "the latest nine months": results for the year to date.</summary>
    [GeneratedRegex(@"\b(?:six|nine|eight|seven|ten|eleven|[5-9]|1[01])\s+months\b", Options, 10000)]
    public static partial Regex MonthsToDate();

    [GeneratedRegex(@"\b[Yy]ear-(?:ago|earlier)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex YearAgo();

    [GeneratedRegex(@"\bfiscal(?:[- ]year)?\s+(?:(?<y>" + Y + @")|'(?<yy>\d\d))\b|\b(?<det>the|this|its|their|last|next)\s+(?:(?<rel>current|latest|last|next|previous|prior|new|coming|past|same)\s+)?fiscal[- ]year\b", Options, 10000)]
    public static partial Regex FiscalYear();

    [GeneratedRegex(@"\bthe\s+(?:(?:full|entire|whole|calendar)\s+)?year\b(?![-'’]|\s+(?:ago|earlier|before|after|two|of|when|that|in\s+which|since|\d))", Options, 10000)]
    public static partial Regex TheYear();

    /// <summary>"for the week", "the week's most active session": a week the story does not pin down (not "the week of March 6", "the week before").</summary>
    [GeneratedRegex(@"\bthe\s+(?<u>week)\b(?!-\w|\s+(?:of|before|after|ended|ending|earlier|later|ago|that|when|in\s+which)\b)", Options, 10000)]
    public static partial Regex TheWeek();

    [GeneratedRegex(@"\b(?:(?<rel>this|last|next)\s+)?year(?:-end|\s+end|'s\s+end)\b(?!-)", Options, 10000)]
    public static partial Regex YearEnd();

    [GeneratedRegex(@"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?<u>year|month|week)\b", Options, 10000)]
    public static partial Regex EndOf();

    [GeneratedRegex(@"\b(?:the\s+year\s+)?(?<y>" + Spelled + @")\b(?![- ](?:year|percent|people|dollars|times))", Options, 10000)]
    public static partial Regex SpelledYear();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?<y>" + Spelled + @")\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MonthSpelledYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|late)\s+)?(?<s>spring|summer|fall|autumn|winter)\s+of\s+(?<y>" + Y + "|" + Spelled + @")\b", Options, 10000)]
    public static partial Regex SeasonOfYear();

    /// <summary>"in the summer", "over the summer", "since the spring": a season after a preposition, not "the fall of the regime".</summary>
    [GeneratedRegex(@"(?<=\b(?:in|during|over|into|through|throughout|by|since|until|from|of)\s+)(?:the\s+)?(?:(?:early|late)\s+)?(?<s>spring|summer|fall|autumn|winter)\b(?!\s+(?:of|in)\b)(?![-'])", Options, 10000)]
    public static partial Regex Season();

    [GeneratedRegex(@"\bthe\s+(?:(?:early|mid|late)[- ]?\s*)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", Options, 10000)]
    public static partial Regex SpelledDecade();
}
