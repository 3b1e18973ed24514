using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Commands.Ask;

/// <summary>
/// Reads a free-text question: date words ("in March", "last year") become periods resolved against today; capitalised
/// names and acronyms become actors (the longest name first; a name several actors share keeps them all); the rest
/// are the words to search for.
/// </summary>
public static class QuestionReader
{
    private const int LongestName = 4;

    /// <summary>A name shared by more actors than this says too little to search by.</summary>
    private const int MostActorsPerName = 3;

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"];

    public static ReadQuestion Read(string question, ActorIndex index, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(index);
        var chars = question.ToCharArray();
        var periods = new List<PartialDate>();
        foreach (var date in DateExpressionParser.Parse(question, today))
        {
            if (date.Date is { } value && !IsGuessedDay(date))
            {
                periods.Add(value);
                Array.Fill(chars, ' ', date.Start, date.End - date.Start);
            }
        }

        var tokens = Tokenizer.Tokenize(new string(chars)).Where(t => t.IsWord).ToList();
        var actors = new List<ActorIndexEntry>();
        var names = new List<string>();
        var words = new List<string>();
        for (var i = 0; i < tokens.Count;)
        {
            var found = Name(tokens, i, index);
            if (found.Length == 0)
            {
                words.Add(tokens[i].Text);
                i++;
                continue;
            }

            actors.AddRange(found.Actors.Where(a => !actors.Contains(a)));
            names.AddRange(tokens.Skip(i).Take(found.Length).Select(t => t.Text));
            i += found.Length;
        }

        var query = new SentenceQuery
        {
            Words = string.Join(' ', words),
            NameWords = string.Join(' ', names),
            ActorIds = [.. actors.Select(a => a.Id)],
            Periods = periods,
        };
        return new ReadQuestion(query, actors, periods);
    }

    /// <summary>
    /// "Monday's crash" names a day only by its weekday: in a question that is a topic, not a filter, since the
    /// nearest Monday to today is rarely the one meant. "Yesterday" and "today" do filter.
    /// </summary>
    private static bool IsGuessedDay(TemporalExpression date) =>
        date.Derivation != DateDerivation.Explicit && date.Date?.Precision is DatePrecision.Day or DatePrecision.Week
        && DayNames.Any(d => date.Text.Contains(d, StringComparison.OrdinalIgnoreCase));

    private static (int Length, IReadOnlyList<ActorIndexEntry> Actors) Name(List<Token> tokens, int start, ActorIndex index)
    {
        if (!tokens[start].IsCapitalised || NameLexiconAccess.IsStopword(tokens[start].Folded))
        {
            return (0, []);
        }

        for (var length = Math.Min(LongestName, tokens.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Folded));
            var exact = index.ByKey(key);
            if (exact.Count is > 0 and <= MostActorsPerName)
            {
                return (length, exact);
            }
        }

        var byWord = index.ByWord(tokens[start].Folded);
        return byWord.Count is > 0 and <= MostActorsPerName ? (1, byWord) : (0, []);
    }
}
