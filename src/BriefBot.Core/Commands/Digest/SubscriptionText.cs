using BriefBot.Core.Commands.Who;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Digest;

/// <summary>
/// Reads "monday 09:00 Europe/Berlin Iran, Türkiye": the longest leading part that is a schedule, then actors
/// separated by commas. Every actor must be known; a problem is named with an example, nothing is guessed.
/// </summary>
internal sealed record SubscriptionText(DigestSchedule? Schedule, IReadOnlyList<string> ActorIds, IReadOnlyList<string> ActorNames, string? Error)
{
    public static SubscriptionText Read(string text, KnowledgeStore knowledge)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? firstError = null;
        for (var take = words.Length; take >= 0; take--)
        {
            if (!DigestScheduleParser.TryParse(string.Join(' ', words.Take(take)), out var schedule, out var error))
            {
                firstError ??= error;
                continue;
            }

            var rest = string.Join(' ', words.Skip(take));
            if (rest.Length > 0 && LooksLikeSchedule(words[take]))
            {
                return new SubscriptionText(null, [], [], firstError);
            }

            var ids = new List<string>();
            var names = new List<string>();
            foreach (var name in rest.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = knowledge.Read(r => ActorMatcher.Match(r.Index, name));
                if (match.Actor is null)
                {
                    var hint = match.Candidates.Count > 1 ? $" It fits {string.Join(", ", match.Candidates.Take(3).Select(c => c.Name))}." : "";
                    return new SubscriptionText(null, [], [], $"I don't know the actor “{ChoiceText.Shorten(name, 60)}”.{hint} Separate actors with commas.");
                }

                ids.Add(match.Actor.Id);
                names.Add(match.Actor.Name);
            }

            return new SubscriptionText(schedule, ids, names, null);
        }

        return new SubscriptionText(null, [], [], firstError);
    }

    private static bool LooksLikeSchedule(string word) =>
        word.Any(char.IsDigit) || word.Contains('/', StringComparison.Ordinal) || word.Equals("cron", StringComparison.OrdinalIgnoreCase)
        || Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _) || word.Equals("daily", StringComparison.OrdinalIgnoreCase) || word.Equals("weekly", StringComparison.OrdinalIgnoreCase);
}
