using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Vague references (TimeML PRESENT_REF, PAST_REF, FUTURE_REF); <see cref="VagueReferences"/> reads them.</summary>
internal static partial class DateRules
{
    /// <summary>"current" as a time ("current market conditions"), not as a kind of account, asset or period named after it.</summary>
    [GeneratedRegex(@"\b(?-i:current)\b(?![- ](?:account|assets|liabilit|affairs|events|yield|dollars|year|quarter|fiscal|month|week|period|season|term|session|price))", Options, 10000)]
    public static partial Regex Current();

    [GeneratedRegex(@"\bthen[- ]current\b|\b(?:more\s+|most\s+|until\s+)?recently\b|(?<=\b(?:in|from|than|of|to)\s+)the\s+past\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|decade|day|century|quarter|generation))|\b(?:the\s+)?(?:last|past)\s+(?:several|few)\s+(?:days|weeks|months|years|quarters|decades)\b|\b(?:recent|past)\s+(?:days|weeks|months|years|quarters|decades)\b", Options, 10000)]
    public static partial Regex PastRef();

    /// <summary>"in the future", "the near future" (not "for the foreseeable future", a duration), "future quarters", "in the near term", "the challenges of the near term", "at a later date", "coming weeks" — not "future earnings".</summary>
    [GeneratedRegex(@"(?<!\bfor\s+)\bthe\s+(?:(?:near|distant|immediate|foreseeable)\s+)?future\b(?!\s+of\b)|\bfuture\s+(?:quarters|years|months|weeks|periods)\b|(?<=\b(?:in|for|over|of)\s+)the\s+(?:near|short)[- ]term\b(?![- ])|(?<=\bat\s+)a\s+(?:later|future)\s+(?:date|time|stage)\b|\b(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters|decades)\b", Options, 10000)]
    public static partial Regex FutureRef();

    /// <summary>"many of today's …".</summary>
    [GeneratedRegex(@"\b(?:many|most|some|all|much|none|few|one)\s+of\s+$", Options, 10000)]
    public static partial Regex QuantifierOf();

    /// <summary>"the leaders of tomorrow" (not "as of today").</summary>
    [GeneratedRegex(@"(?<!\bas)\s+of\s+$", Options, 10000)]
    public static partial Regex NounOf();

    /// <summary>"today's world", "today's youth", "tomorrow's leaders": the age, not the day.</summary>
    [GeneratedRegex(@"^'s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|children|kids|young|teenagers|families|parents|leaders|students|consumers|standards|technology|culture|people|women|men)\b", Options, 10000)]
    public static partial Regex GenericDayAfter();

    [GeneratedRegex(@"(?<!\bas\s)(?<!\bhow\s)\bsoon\b(?!\s+(?:after|afterwards?|as|thereafter|enough)\b)(?!-)", Options, 10000)]
    public static partial Regex Soon();
}
