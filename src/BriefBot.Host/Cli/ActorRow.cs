using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Host.Cli;

/// <summary>One line of the <c>actors</c> verb.</summary>
internal sealed record ActorRow(string Id, string Name, ActorKind Kind, string? MainRole, int Mentions, int Articles, IReadOnlyList<string> Aliases)
{
    public static List<ActorRow> List(KnowledgeReader reader, ActorKind? kind, int top) => [.. reader.Index.Entries
        .Where(e => kind is null || e.Kind == kind)
        .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal)
        .Take(top)
        .Select(e => reader.GetActor(e.Id))
        .OfType<Actor>()
        .Select(From)];

    private static ActorRow From(Actor actor)
    {
        var role = actor.Roles
            .GroupBy(r => (r.Title, r.OfActorId))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(r => r.AsOf))
            .Select(g => g.First())
            .FirstOrDefault();
        var mainRole = role is null ? null : role.Title + (role.OfActorId is null ? "" : $" ({role.OfActorId})");
        return new ActorRow(actor.Id, actor.Name, actor.Kind, mainRole, actor.MentionCount, actor.ArticleIds.Count, [.. actor.Aliases.Where(a => a != actor.Name)]);
    }
}
