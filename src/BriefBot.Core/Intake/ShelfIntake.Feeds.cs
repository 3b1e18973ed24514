namespace BriefBot.Core.Intake;

public sealed partial class ShelfIntake
{
    /// <summary>Entries with at least this many words of text in the feed itself are taken from the feed, not the page.</summary>
    private const int FullTextWords = 120;

    /// <summary>Follows a feed (or returns the one already followed at that address) and reads it once now.</summary>
    public async Task<(ShelfSource Source, PollReport Report)> AddFeedAsync(Uri url, TimeSpan? every, string? name, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var source = Follow(url, every, name, fromConfiguration: false);
        return (source, await PollAsync(source, progress, cancellationToken));
    }

    /// <summary>Stores a followed feed; an existing one keeps its history and takes the new interval and name.</summary>
    public ShelfSource Follow(Uri url, TimeSpan? every, string? name, bool fromConfiguration)
    {
        ArgumentNullException.ThrowIfNull(url);
        var id = ShelfSource.IdFor(url.AbsoluteUri);
        var source = state.GetSource(id) ?? new ShelfSource { Id = id, Url = url.AbsoluteUri, AddedUtc = time.GetUtcNow().UtcDateTime };
        var interval = every ?? (IntervalText.TryParse(options.Value.DefaultEvery, out var fallback, out _) ? fallback : TimeSpan.FromHours(1));
        source.EveryMinutes = (int)interval.TotalMinutes;
        source.Name = string.IsNullOrWhiteSpace(name) ? source.Name : name.Trim();
        source.FromConfiguration |= fromConfiguration;
        state.SaveSource(source);
        return source;
    }

    /// <summary>Polls every feed whose time has come (all of them with <paramref name="all"/>), one after another.</summary>
    public async Task<IReadOnlyList<PollReport>> PollDueAsync(bool all, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reports = new List<PollReport>();
        foreach (var source in state.AllSources().Where(s => all || s.NextAttemptUtc <= now))
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports.Add(await PollAsync(source, progress, cancellationToken));
        }

        return reports;
    }

    public async Task<PollReport> PollAsync(ShelfSource source, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var url = new Uri(source.Url);
        var fetched = await fetcher.FetchAsync(url, FetchKind.Feed, source.ETag, source.LastModified, cancellationToken);
        if (fetched.Status == FetchStatus.NotModified)
        {
            Succeeded(source, null);
            return new PollReport(source.Id, source.Url, true, "not modified since the last poll", 0, 0, 0, 0, 0);
        }

        if (fetched.Status != FetchStatus.Ok)
        {
            return Failed(source, fetched.Message, fetched.RetryAfter);
        }

        var feed = FeedParser.Parse(fetched.Body, fetched.FinalUrl ?? url, out var parseError);
        if (feed is null)
        {
            return Failed(source, parseError, null);
        }

        var entries = feed.Entries;
        var skipped = 0;
        if (!source.Imported && entries.Count > options.Value.FirstImportLimit)
        {
            foreach (var old in entries.Skip(options.Value.FirstImportLimit))
            {
                state.Skip(ShelfKey.ForEntry(source.Id, old.Id));
                skipped++;
            }

            entries = [.. entries.Take(options.Value.FirstImportLimit)];
        }

        int added = 0, updated = 0, unchanged = 0, failed = 0, done = 0;
        foreach (var entry in entries.Reverse())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await EntryAsync(source, feed, entry, cancellationToken);
            progress?.Report(new IntakeProgress(source.Id, ++done, entries.Count, entry.Title));
            switch (outcome.Kind)
            {
                case IntakeOutcomeKind.Added: added++; break;
                case IntakeOutcomeKind.Updated: updated++; break;
                case IntakeOutcomeKind.Skipped: skipped++; break;
                case IntakeOutcomeKind.Failed:
                    failed++;
                    Log.EntryFailed(logger, source.Id, outcome.Message);
                    break;
                default: unchanged++; break;
            }
        }

        source.Items += added;
        source.Imported = true;

        // The validators are kept only when every entry is in: otherwise a 304 next time would hide the entries still to fetch.
        Succeeded(source, failed == 0 ? fetched : null);
        Log.Polled(logger, source.Id, added, updated, failed);
        return new PollReport(source.Id, source.Url, true, feed.Title ?? source.Url, added, updated, unchanged, failed, skipped);
    }

    private async Task<IntakeOutcome> EntryAsync(ShelfSource source, FeedDocument feed, FeedEntry entry, CancellationToken cancellationToken)
    {
        var entryKey = ShelfKey.ForEntry(source.Id, entry.Id);
        var keys = new List<string> { entryKey };
        var own = state.GetKey(entryKey);
        if (own?.ItemId == ShelfKey.BackCatalogue)
        {
            return new IntakeOutcome(IntakeOutcomeKind.Skipped, "back catalogue");
        }

        var item = own is null ? null : state.GetItem(own.ItemId);
        if (item is not null && own!.Fingerprint == entry.Fingerprint)
        {
            return new IntakeOutcome(IntakeOutcomeKind.Unchanged, "unchanged", item.Id, item.Title);
        }

        if (entry.Link is not null)
        {
            keys.Add(ShelfKey.ForUrl(UrlCanonicalizer.Key(entry.Link)));

            // New to this feed but the story is on the shelf (another feed, a link): same article, nothing to fetch.
            if (item is null && state.Find(keys).Item is { } elsewhere)
            {
                Remember(elsewhere, keys, elsewhere.ContentHash, source.Id, (entryKey, entry.Fingerprint), changed: false);
                return new IntakeOutcome(IntakeOutcomeKind.Unchanged, $"Already on the shelf: {elsewhere.Title}.", elsewhere.Id, elsewhere.Title);
            }
        }

        var fromFeed = FromFeed(feed, entry);
        ExtractedArticle? article = fromFeed is { WordCount: >= FullTextWords } ? fromFeed : null;
        var finalUrl = entry.Link;
        if (article is null && entry.Link is not null)
        {
            var page = await FetchArticleAsync(entry.Link, cancellationToken);
            article = page.Article is { } read ? Merge(read, entry, feed) : null;
            finalUrl = page.FinalUrl ?? entry.Link;
            if (article is null && fromFeed is null)
            {
                return page.Outcome!;
            }
        }

        article ??= fromFeed;
        if (article is null || finalUrl is null)
        {
            return new IntakeOutcome(IntakeOutcomeKind.Refused, $"“{entry.Title}” has neither text in the feed nor a link.");
        }

        return Store(article, finalUrl, keys, source.Id, source.Name ?? feed.Title ?? source.Url, (entryKey, entry.Fingerprint), item);
    }

    private static ExtractedArticle? FromFeed(FeedDocument feed, FeedEntry entry)
    {
        var paragraphs = HtmlText.Paragraphs(entry.Body);
        return entry.Title.Length == 0 || paragraphs.Count == 0 ? null : new ExtractedArticle
        {
            Title = entry.Title,
            Authors = entry.Authors,
            Publisher = feed.Title,
            Published = entry.Published,
            CanonicalUrl = entry.Link,
            Language = feed.Language,
            Paragraphs = paragraphs,
        };
    }

    /// <summary>The page's own metadata wins; the feed fills what the page leaves out.</summary>
    private static ExtractedArticle Merge(ExtractedArticle page, FeedEntry entry, FeedDocument feed) => page with
    {
        Authors = page.Authors.Count > 0 ? page.Authors : entry.Authors,
        Publisher = page.Publisher ?? feed.Title,
        Published = page.Published ?? entry.Published,
        Language = page.Language ?? feed.Language,
    };

    private void Succeeded(ShelfSource source, FetchResult? validators)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (validators is not null)
        {
            source.ETag = validators.ETag;
            source.LastModified = validators.LastModified;
        }

        source.LastSuccessUtc = now;
        source.Failures = 0;
        source.FailingSinceUtc = null;
        source.NextAttemptUtc = now + TimeSpan.FromMinutes(source.EveryMinutes);
        state.SaveSource(source);
    }

    private PollReport Failed(ShelfSource source, string error, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow().UtcDateTime;
        source.Failures++;
        source.FailingSinceUtc ??= now;
        source.LastErrorUtc = now;
        source.LastError = error;
        var backoff = TimeSpan.FromTicks(Math.Min(options.Value.MaxBackoff.Ticks, options.Value.FirstBackoff.Ticks * (1L << Math.Min(source.Failures - 1, 20))));
        var wait = new[] { backoff, retryAfter ?? TimeSpan.Zero }.Max();
        source.NextAttemptUtc = now + wait;
        state.SaveSource(source);
        Log.FeedFailing(logger, source.Id, source.Failures, source.FailingSinceUtc.Value, error, source.NextAttemptUtc);
        return new PollReport(source.Id, source.Url, false, error, 0, 0, 0, 0, 0);
    }
}
