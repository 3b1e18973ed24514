using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Intake;

/// <summary>
/// Puts links, feed entries and PDFs on the shelf as Markdown articles, each exactly once. The order is always
/// fetch → save the file → remember in bot state; file names are stable per story, so a run that dies between
/// any two steps writes the same file again on the next run instead of a second one, and forgets nothing.
/// </summary>
public sealed partial class ShelfIntake(
    IntakeState state,
    PoliteFetcher fetcher,
    IOptions<ShelfOptions> options,
    IOptions<KnowledgeOptions> knowledge,
    TimeProvider time,
    ILogger<ShelfIntake> logger)
{
    /// <summary>Called at "fetched" (before the file is written) and "saved" (before state is written); tests throw here to play a crash.</summary>
    internal Action<string>? Checkpoint { get; set; }

    private string ArticlesFolder => Path.Combine(knowledge.Value.Directory, Shelf.ArticlesFolder);

    /// <summary><c>/shelf add URL</c>: one page or PDF onto the shelf.</summary>
    public async Task<IntakeOutcome> AddLinkAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var keys = new List<string> { ShelfKey.ForUrl(UrlCanonicalizer.Key(url)) };
        var (_, known) = state.Find(keys);
        var page = await FetchArticleAsync(url, cancellationToken);
        if (page.Article is null)
        {
            return page.Outcome!;
        }

        return Store(page.Article, page.FinalUrl ?? url, keys, "link", "link", entry: null, known);
    }

    private async Task<(ExtractedArticle? Article, Uri? FinalUrl, IntakeOutcome? Outcome)> FetchArticleAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, FetchKind.Page, etag: null, lastModified: null, cancellationToken);
        if (fetched.Status != FetchStatus.Ok)
        {
            var kind = fetched.Status == FetchStatus.Refused ? IntakeOutcomeKind.Refused : IntakeOutcomeKind.Failed;
            return (null, null, new IntakeOutcome(kind, fetched.Message));
        }

        var final = fetched.FinalUrl ?? url;
        try
        {
            var article = fetched.IsPdf ? PdfExtractor.Extract(fetched.Body, UrlCanonicalizer.Clean(final)) : PageExtractor.Extract(fetched.Body, final);
            return article is null
                ? (null, final, new IntakeOutcome(IntakeOutcomeKind.Refused, $"{final} has no article text BriefBot can read."))
                : (article, final, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            return (null, final, new IntakeOutcome(IntakeOutcomeKind.Refused, $"{final} could not be read: {ex.Message}"));
        }
    }

    /// <summary>Saves the article (new file, rewritten file or nothing when the text is known) and remembers it under every key.</summary>
    private IntakeOutcome Store(ExtractedArticle article, Uri finalUrl, List<string> keys, string sourceId, string via, (string Key, string Fingerprint)? entry, ShelfItem? known)
    {
        var canonical = UrlCanonicalizer.Clean(article.CanonicalUrl ?? finalUrl);
        article = article with { CanonicalUrl = canonical };
        keys.Add(ShelfKey.ForUrl(UrlCanonicalizer.Key(finalUrl)));
        keys.Add(ShelfKey.ForUrl(UrlCanonicalizer.Key(canonical)));
        var hash = ArticleFile.ContentHash(article);
        var existing = known ?? state.Find([.. keys, ShelfKey.ForText(hash)]).Item;
        Checkpoint?.Invoke("fetched");
        var now = time.GetUtcNow();
        if (existing is not null && existing.ContentHash == hash)
        {
            Remember(existing, keys, hash, sourceId, entry, changed: false);
            return new IntakeOutcome(IntakeOutcomeKind.Unchanged, $"Already on the shelf: {existing.Title} ({existing.Id}.md).", existing.Id, existing.Title);
        }

        var item = existing ?? new ShelfItem { Id = ArticleFile.StemFor(article.Title, UrlCanonicalizer.Key(canonical)), AddedUtc = now.UtcDateTime };
        ArticleFile.Write(ArticlesFolder, item.Id, ArticleFile.Render(article, via, now));
        Checkpoint?.Invoke("saved");
        item.CanonicalUrl = canonical.AbsoluteUri;
        item.Title = article.Title;
        Remember(item, keys, hash, sourceId, entry, changed: existing is not null);
        if (existing is not null)
        {
            Log.Updated(logger, item.Id, sourceId);
            return new IntakeOutcome(IntakeOutcomeKind.Updated, $"Updated on the shelf: {article.Title} ({item.Id}.md).", item.Id, article.Title);
        }

        Log.Added(logger, item.Id, sourceId, article.Paragraphs.Count);
        return new IntakeOutcome(IntakeOutcomeKind.Added, $"Added to the shelf: {article.Title} ({item.Id}.md, {article.WordCount} words).", item.Id, article.Title);
    }

    private void Remember(ShelfItem item, List<string> keys, string hash, string sourceId, (string Key, string Fingerprint)? entry, bool changed)
    {
        if (changed)
        {
            item.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        item.ContentHash = hash;
        if (!item.SourceIds.Contains(sourceId))
        {
            item.SourceIds.Add(sourceId);
        }

        state.Remember(item, [.. keys, ShelfKey.ForText(hash)], entry?.Key, entry?.Fingerprint);
    }
}
