using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>The patterns of English date expressions; <see cref="DateResolver"/> turns each match into a value.</summary>
internal static partial class DateRules
{
    private const string M = DateLexicon.MonthPattern;
    private const string N = DateLexicon.NumberWordPattern;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?<m>" + M + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>1\d{3}|20\d{2})\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + M + @"),?\s+(?<y>1\d{3}|20\d{2})\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<y>1\d{3}|20\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<m>" + M + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,]?\s*(?:1\d{3}|20\d{2})\b)(?!\s*(?:percent|%|million|billion))", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<m>January|February|March|April|June|July|August|September|October|November|December)\b(?![,]?\s*(?:1\d{3}|20\d{2})\b)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[- ]+)?(?<m>" + M + @"),?\s+(?:of\s+)?(?<y>1\d{3}|20\d{2})\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"(?<=\b(?i:in|since|until|till|by|during|through|from|before|after|of|on|for|last|this|next|early|late|mid|end of|beginning of|and|or|to|between|as of|the|a|an|its)[- ])(?<mod>(?:early|late|mid)[- ])?(?<m>January|February|March|April|June|July|August|September|October|November|December|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?!\s+[0-3]?\d\b)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MonthAlone();

    [GeneratedRegex(@"(?<=\b(?:in|since|until|by|during|last|next|early|late|mid)[- ])(?<m>May)\b(?!\s+(?:be|have|not|also|well|\d))", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex MayMonth();

    [GeneratedRegex(@"\b(?:(?<rel>last|this|next)\s+)?(?<h>Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Election Day|Easter(?: Sunday| week)?|Labor Day|Memorial Day|Valentine's Day|Halloween)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex Holiday();

    /// <summary>The second day of "April 24 and 25" or "March 3-4".</summary>
    [GeneratedRegex(@"\b(?<m>" + M + @")\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:and|or|-|–|to)\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:percent|%))", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex SecondDay();

    /// <summary>"daily", "every week"; not the paper in "the Communist Party daily Granma" or "the news weekly Der Spiegel".</summary>
    [GeneratedRegex(@"\b(?<w>(?:daily|weekly|monthly)(?!\s+(?-i:[A-Z]))|annually|yearly|every (?:day|week|month|year))\b", Options, 10000)]
    public static partial Regex Frequency();

    /// <summary>"Friday, Oct. 23": the weekday only confirms the date that follows it.</summary>
    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?<m>" + M + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<y>1\d{3}|20\d{2}))?\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?<rel>this|last|next)\s+year\b", Options, 10000)]
    public static partial Regex MonthOfRelativeYear();

    [GeneratedRegex(@"\bthe\s+week\s+of\s+(?<m>" + M + @")\s+(?<d>[0-3]?\d)(?:,?\s+(?<y>1\d{3}|20\d{2}))?\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex WeekOf();

    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex RelativeMonthName();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|mid|late)[- ]+)?(?<y>1\d{2}0|20\d0)'?s\b", Options, 10000)]
    public static partial Regex Decade();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|mid|late)[- ]+)?'(?<yy>\d0)s\b", Options, 10000)]
    public static partial Regex ShortDecade();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|mid|late)[- ]+)?(?<o>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century\b", Options, 10000)]
    public static partial Regex Century();

    [GeneratedRegex(@"(?<![\d$£€.,/])(?<!\d-)\b(?:(?:early|mid|late)[- ])?(?<y>1[5-9]\d{2}|20\d{2})\b(?!\s*(?:percent|%|km|kilomet|miles|tons|people|troops|soldiers|dollars|meters|feet|members|workers))(?![.,:]\d)(?!-\d)(?!'?s\b)", Options, 10000)]
    public static partial Regex Year();

    [GeneratedRegex(@"\b(?<w>today|yesterday|tomorrow|tonight)\b", Options, 10000)]
    public static partial Regex DayWord();

    [GeneratedRegex(@"\b(?:(?<rel>last|this|next|coming|past|previous)\s+)?(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<early>earlier|later)\s+)?(?<rel>last|this\s+past|this|next|coming|previous|current|past)\s+(?<u>week|month|year|quarter|summer|winter|spring|fall|autumn|weekend|decade|century)\b(?!-)", Options, 10000)]
    public static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<n>" + N + @")\s+(?<u>days?|weeks?|months?|years?|decades?|centuries|century)\s+(?<d>ago|earlier|later|before|after|afterwards?)\b", Options, 10000)]
    public static partial Regex Offset();

    [GeneratedRegex(@"\b(?:the|that)\s+(?<rel>following|next|previous|same)\s+(?<u>day|week|month|year|decade)\b|\bthe\s+(?<rel>next|following)\s+(?<u>morning|evening|night)\b|\bthe\s+(?<u>day|week|month|year)\s+(?<rel>before|after)\b|\bthat\s+(?<u>day|week|month|year)\b", Options, 10000)]
    public static partial Regex AnchoredUnit();

    [GeneratedRegex(@"\b(?:shortly|soon|immediately)\s+after(?:wards?)?(?=,)|\b(?:shortly|soon|immediately)\s+after\s+the\s+(?:incident|attack|strike|meeting|talks|election|vote|announcement|visit|war|crisis|explosion|bombing|shooting|death|killing|summit|ceasefire|agreement|deal)(?=,)|\bsoon\s+afterwards?\b|\bshortly\s+afterwards?\b", Options, 10000)]
    public static partial Regex ShortlyAfter();

    [GeneratedRegex(@"\b(?<w>now|currently|nowadays|at present|these days|the present|at the moment)\b", Options, 10000)]
    public static partial Regex PresentRef();

    [GeneratedRegex(@"\b(?:this|last|the|over\s+the)\s+weekend\b", Options, 10000)]
    public static partial Regex Weekend();

    [GeneratedRegex(@"\bwill\b|\bwould\b|'ll\b|\bshall\b|\bto\s+be\b|\bplan(?:s|ned|ning)?\b|\bscheduled\b|\bexpected\b|\bnext\b|\bset\s+to\b|\bdue\b|\bupcoming\b|\bto\s+(?:begin|start|meet|hold|visit|vote|open|resume|travel|arrive|announce|decide)\b", Options, 10000)]
    public static partial Regex FutureCue();
}
