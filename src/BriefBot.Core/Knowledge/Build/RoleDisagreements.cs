using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Finds articles that give one actor different posts of the same kind in the same state or organisation for the
/// same time: "Sylvanian Foreign Minister" in one, "Sylvanian Defence Minister" in another, a week apart at most.
/// Posts of different kinds ("President" and "party leader") are held together, and a title inside another
/// ("Minister", "Foreign Minister") agrees with it; roles the text itself dates ("former", "then") are not claims.
/// </summary>
internal static class RoleDisagreements
{
    /// <summary>Roles placed further apart than this may be a real change of post, not a disagreement.</summary>
    private const int SameTimeDays = 7;

    public static List<RoleDisagreement> Find(IReadOnlyList<Role> roles, IReadOnlyDictionary<string, Article> articles)
    {
        var found = new List<RoleDisagreement>();
        var posts = roles.Where(r => r.OfActorId is not null && r.Qualifier is null && r.AsOf is not null)
            .GroupBy(r => (r.OfActorId, Head: Words(r.Title)[^1]));
        foreach (var post in posts)
        {
            var titles = post.GroupBy(r => MentionFinder.Key(r.Title), StringComparer.Ordinal).ToList();
            // "Minister" sides with both "Foreign Minister" and "Defence Minister": it claims neither.
            var claims = titles.Where(t => !titles.Any(o => o.Key != t.Key && Inside(t.Key, o.Key))).ToList();
            if (claims.Count < 2 || !claims.Any(a => claims.Any(b => a.Key != b.Key && a.Any(x => b.Any(y => SameTime(x, y))))))
            {
                continue;
            }

            var tellings = claims.Select(c => c.OrderBy(r => r.AsOf).ToList()).ToList();
            var corrected = Corrections.Corrected([.. tellings.Select(t => (IReadOnlyList<(string?, DateOnly?)>)[.. t.Select(r => (Publisher(r, articles), articles.GetValueOrDefault(r.Citation.ArticleId)?.Published))])]);
            found.Add(new RoleDisagreement
            {
                AsOf = tellings.SelectMany(t => t).Min(r => r.AsOf),
                Claims = [.. tellings.Select((t, i) => new RoleClaim
                {
                    Role = t[^1],
                    Citations = [.. t.Select(r => r.Citation).DistinctBy(c => (c.ArticleId, c.Paragraph))],
                    Publishers = [.. t.Select(r => Publisher(r, articles)).Distinct(StringComparer.OrdinalIgnoreCase)],
                    IsCorrected = corrected[i],
                })],
            });
        }

        return found;
    }

    /// <summary>Different articles placing the two roles within a week of each other.</summary>
    private static bool SameTime(Role a, Role b)
    {
        if (a.Citation.ArticleId == b.Citation.ArticleId || a.AsOf is not { } x || b.AsOf is not { } y)
        {
            return false;
        }

        var gap = x.Overlaps(y) ? 0 : Math.Min(Math.Abs(x.Start.DayNumber - y.End.DayNumber), Math.Abs(y.Start.DayNumber - x.End.DayNumber));
        return gap <= SameTimeDays;
    }

    private static string Publisher(Role role, IReadOnlyDictionary<string, Article> articles) =>
        articles.GetValueOrDefault(role.Citation.ArticleId)?.Source ?? role.Citation.ArticleId;

    private static string[] Words(string title) => MentionFinder.Key(title).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words : [""];

    /// <summary>Every word of <paramref name="inner"/> in <paramref name="outer"/>: "minister" is inside "foreign minister".</summary>
    private static bool Inside(string inner, string outer)
    {
        var outerWords = outer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(outerWords.Contains);
    }
}
