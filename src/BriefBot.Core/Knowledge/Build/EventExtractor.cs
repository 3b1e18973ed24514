using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>Turns a sentence with a calendar date and at least one actor or place into event candidates.</summary>
internal static class EventExtractor
{
    private static readonly string[] ClauseBreaks = ["; ", ", and ", ", while ", ", but ", ", whereas ", " – ", " — "];

    private static readonly string[] LeadingConnectives = ["However, ", "Yet ", "Nevertheless, ", "Meanwhile, ", "In response, ", "Moreover, ", "Still, ", "But ", "And ", "Then, ", "Thus, ", "Therefore, "];

    public static IEnumerable<EventCandidate> Extract(ResolvedSentence sentence, ActorRegistry registry)
    {
        // The dateline says where the story was filed: it makes no one a participant.
        var participants = sentence.Actors.Where(a => !(sentence.Sentence.Index == 0 && a.Mention.Start == 0 && sentence.DatelineIds.Contains(a.ActorId))).ToList();
        if (participants.Count == 0)
        {
            yield break;
        }

        foreach (var date in sentence.Sentence.Dates)
        {
            if (date.Date is not { } value || !string.Equals(date.Type, "DATE", StringComparison.Ordinal))
            {
                continue;
            }

            var clause = ClauseAround(sentence.Sentence.Text, date.Start);
            var inClause = participants.Where(a => a.Mention.Start >= clause.Start && a.Mention.End <= clause.End).Select(a => a.ActorId).ToList();
            var ids = inClause.Count > 0 ? inClause : [.. participants.Select(a => a.ActorId).Distinct(StringComparer.Ordinal)];
            var places = ids.Where(id => registry[id].Kind == ActorKind.Place).ToHashSet(StringComparer.Ordinal);
            var actors = ids.Where(id => !places.Contains(id)).ToHashSet(StringComparer.Ordinal);
            var text = sentence.Sentence.Text[clause.Start..clause.End];
            yield return new EventCandidate
            {
                Date = value,
                DateExpression = date,
                Summary = Summarise(text),
                ActorIds = actors,
                PlaceIds = places,
                Keywords = Keywords(text, sentence),
                Citation = sentence.Citation,
                SentenceIndex = sentence.Sentence.Index,
                Publisher = sentence.Article.Source,
                Published = sentence.Article.Published,
                IsDateline = IsDatelineDate(sentence.Sentence, date),
            };
        }
    }

    /// <summary>A date at the head of the first sentence, before the dash that ends a dateline.</summary>
    private static bool IsDatelineDate(Ingest.SentenceRecord sentence, Ingest.Dates.TemporalExpression date) =>
        sentence.Index == 0 && date.Start < 60 && date.End < sentence.Text.Length
        && sentence.Text[date.End..].TrimStart() is { Length: > 0 } rest && rest[0] is '-' or '–' or '—';

    private static TextRange ClauseAround(string text, int position)
    {
        var start = 0;
        var end = text.Length;
        foreach (var separator in ClauseBreaks)
        {
            var before = text.LastIndexOf(separator, Math.Max(0, Math.Min(position, text.Length - 1)), StringComparison.Ordinal);
            if (before >= 0 && before + separator.Length > start && before < position)
            {
                start = before + separator.Length;
            }

            var after = text.IndexOf(separator, position, StringComparison.Ordinal);
            if (after >= 0 && after < end)
            {
                end = after;
            }
        }

        // A clause too short to stand alone ("and repeated similar drills") keeps the whole sentence.
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 7 ? new TextRange(start, end) : new TextRange(0, text.Length);
    }

    private static string Summarise(string clause)
    {
        var text = clause.Trim().TrimEnd(',', ';');
        foreach (var connective in LeadingConnectives)
        {
            if (text.StartsWith(connective, StringComparison.Ordinal))
            {
                text = text[connective.Length..];
                break;
            }
        }

        if (text.Length > 0)
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        const int max = 280;
        if (text.Length > max)
        {
            var cut = text.LastIndexOf(' ', max);
            text = text[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ' ') + "…";
        }

        return text;
    }

    /// <summary>Content words stemmed to five letters, without the actors' own names.</summary>
    private static HashSet<string> Keywords(string text, ResolvedSentence sentence)
    {
        var names = sentence.Actors.SelectMany(a => a.Mention.Folded.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return Tokenizer.Tokenize(text)
            .Where(t => t.IsWord && t.Folded.Length >= 4 && !t.Folded.Any(char.IsDigit) && !names.Contains(t.Folded) && !Ingest.NameLexiconAccess.IsStopword(t.Folded))
            .Select(t => t.Folded.Length > 5 ? t.Folded[..5] : t.Folded)
            .ToHashSet(StringComparer.Ordinal);
    }
}
