using BriefBot.Core.Digests;

namespace BriefBot.Core.State;

/// <summary>
/// What noting the shelf does to one article or event, the same for every store: each method returns the
/// document to write, or null when nothing changed.
/// </summary>
internal static class ShelfObservation
{
    /// <summary>A new article is back catalogue while bootstrapping (first seen when published), new otherwise.</summary>
    public static SeenArticle? Note(SeenArticle? seen, ShelfArticle article, bool bootstrapping, DateTime now)
    {
        if (seen is null)
        {
            var first = bootstrapping ? article.Published?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MinValue : now;
            return new SeenArticle { Id = article.Id, Title = article.Title, ContentHash = article.Hash, FirstSeenUtc = first, Paragraphs = article.ParagraphHashes.Count, ParagraphHashes = [.. article.ParagraphHashes] };
        }

        if (seen.ContentHash != article.Hash || seen.RemovedUtc is not null)
        {
            NoteChange(seen, article, now);
            return seen;
        }

        return null;
    }

    /// <summary>An article gone from the shelf is marked removed once.</summary>
    public static SeenArticle? NoteRemoved(SeenArticle? seen, DateTime now)
    {
        if (seen is not { RemovedUtc: null })
        {
            return null;
        }

        seen.RemovedUtc = now;
        return seen;
    }

    /// <summary>A new event (never "new" while bootstrapping), or one backed by more sources than before.</summary>
    public static SeenEvent? Note(SeenEvent? seen, string id, int sources, bool bootstrapping, DateTime now)
    {
        if (seen is null)
        {
            return new SeenEvent { Id = id, FirstSeenUtc = bootstrapping ? DateTime.MinValue : now, Sources = sources };
        }

        if (sources > seen.Sources)
        {
            seen.SourcesBefore = seen.Sources;
            seen.Sources = sources;
            seen.CorroboratedUtc = now;
            return seen;
        }

        return null;
    }

    private static void NoteChange(SeenArticle seen, ShelfArticle article, DateTime now)
    {
        seen.RemovedUtc = null;
        var diff = seen.ParagraphHashes.Count > 0 ? ParagraphDiff.Compare([.. seen.ParagraphHashes], article.ParagraphHashes) : null;
        var titleBefore = seen.Title.Length > 0 && !string.Equals(seen.Title, article.Title, StringComparison.Ordinal) ? seen.Title : null;

        // Front matter or whitespace alone (same text, same title) is not an update worth a digest line.
        if (seen.ContentHash != article.Hash && (diff is not { IsEmpty: true } || titleBefore is not null))
        {
            seen.HasParagraphDiff = diff is not null;
            seen.AddedParagraphs = [.. diff?.Added ?? []];
            seen.EditedParagraphs = [.. diff?.Edited ?? []];
            seen.RemovedParagraphs = diff?.Removed ?? 0;
            seen.TitleBefore = titleBefore;
            seen.ParagraphsBefore = seen.Paragraphs;
            seen.ChangedUtc = now;
        }

        seen.Title = article.Title;
        seen.Paragraphs = article.ParagraphHashes.Count;
        seen.ParagraphHashes = [.. article.ParagraphHashes];
        seen.ContentHash = article.Hash;
    }
}
