using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>A sentence whose names are resolved to actor ids (ambiguous ones are left out).</summary>
internal sealed record ResolvedSentence(Article Article, SentenceRecord Sentence, IReadOnlyList<(RawMention Mention, string ActorId)> Actors)
{
    public Citation Citation => new(Article.Id, Sentence.Paragraph, Sentence.Text);

    public IReadOnlyList<string> DistinctActorIds { get; } = [.. Actors.Select(a => a.ActorId).Distinct(StringComparer.Ordinal)];

    /// <summary>Actors the article's dateline names: where the story was filed, not who took part.</summary>
    public IReadOnlySet<string> DatelineIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
