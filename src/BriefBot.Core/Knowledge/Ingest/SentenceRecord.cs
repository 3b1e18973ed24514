using BriefBot.Core.Knowledge.Ingest.Dates;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>A sentence with the names and dates found in it (offsets relative to <see cref="Text"/>).</summary>
public sealed record SentenceRecord
{
    public required int Paragraph { get; init; }

    /// <summary>Position of the sentence in its article, from 0.</summary>
    public required int Index { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<RawMention> Mentions { get; init; } = [];

    public IReadOnlyList<TemporalExpression> Dates { get; init; } = [];
}
