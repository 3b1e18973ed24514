using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// A name as found in one sentence, before it is resolved to an actor across the shelf.
/// Offsets are relative to the sentence.
/// </summary>
public sealed record RawMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The name as written, without titles or possessive.</summary>
    public required string Surface { get; init; }

    /// <summary>The folded name, the key discovered names are merged on.</summary>
    public required string Folded { get; init; }

    public string? GazetteerId { get; init; }

    public required ActorKind Kind { get; init; }

    public required MentionSource Source { get; init; }

    /// <summary>One word only ("Aliyev"): resolved to a full name later, or kept ambiguous.</summary>
    public bool IsSingleWord { get; init; }

    /// <summary>The title written before the name ("Supreme Leader").</summary>
    public string? Title { get; init; }

    public string? Qualifier { get; init; }

    /// <summary>The state a demonym before the title names ("Iranian President" → iran).</summary>
    public string? OfActorId { get; init; }

    /// <summary>Roles stated around the name: apposition ("X, the defence minister,") or a bio line ("X is Head of …").</summary>
    public IReadOnlyList<string> RolePhrases { get; init; } = [];
}
