using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// Times TimeML writes without a calendar value — PRESENT_REF ("now", "currently"), PAST_REF ("recently", "in the
/// past") and FUTURE_REF ("soon", "in the future"). They carry no <see cref="Model.PartialDate"/>, so they never date an event.
/// </summary>
internal static class VagueReferences
{
    public const string Present = "PRESENT_REF";
    public const string Past = "PAST_REF";
    public const string Future = "FUTURE_REF";

    public static TemporalExpression? PresentRef(Match m, DateContext ctx) => IsDiscourseNow(m, ctx.Text) ? null : Timex.Plain(m, Present);

    /// <summary>"soon" looks ahead; in a story told in the past ("was soon released") it is "shortly after", no time of its own.</summary>
    public static TemporalExpression? Soon(Match m, DateContext ctx)
    {
        var after = ctx.Text.AsSpan(m.Index + m.Length).TrimStart();
        var nextWord = after[..Math.Max(0, after.IndexOfAny(' ', ',', '.') is var i and >= 0 ? i : after.Length)].ToString();
        var pastVerb = nextWord.Length > 3 && nextWord.EndsWith("ed", StringComparison.Ordinal);
        return pastVerb || Tense.Around(ctx.Text, m.Index) == Tense.Direction.Past || IrregularPast.Contains(nextWord) ? null : Timex.Plain(m, Future);
    }

    /// <summary>
    /// "Now," or "Now for…" opening a sentence turns the talk ("Now, for the weather"); any other "Now" opening a
    /// sentence ("Now officials are investigating…") is a time like any other.
    /// </summary>
    private static bool IsDiscourseNow(Match m, string text)
    {
        if (!m.Value.Equals("Now", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..m.Index].TrimEnd(' ', '\t');
        var opensSentence = before.Length == 0 || before[^1] is '.' or '\n' or '!' or '?' or '"' or '\'' or '`';
        var rest = text.AsSpan(m.Index + m.Length);
        return opensSentence && (rest.StartsWith(",") || rest.StartsWith(" for ", StringComparison.Ordinal) || rest.StartsWith(" then", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal) { "became", "was", "were", "had", "came", "went", "began", "left", "found", "took", "got", "made" };
}
