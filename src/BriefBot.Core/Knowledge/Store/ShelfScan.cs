using System.Security.Cryptography;
using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// The per-article step of a build, in parallel: each file's hash (from its stamp when size and time still hold,
/// else read and hashed), and a fresh extraction for every file whose hash the last build did not see, handed to
/// <c>keep</c> as it is made (which writes its records and returns what the build keeps of it). One extractor per
/// worker, so a name tagger need not be thread-safe.
/// </summary>
internal sealed class ShelfScan
{
    private ShelfScan(ShelfFile[] files, string[] hashes, ArticleExtraction?[] fresh, ArticleProblem?[] problems, FileStamp[] stamps)
    {
        Files = files;
        Hashes = hashes;
        Fresh = fresh;
        Problems = problems;
        Stamps = stamps;
    }

    public ShelfFile[] Files { get; }

    public string[] Hashes { get; }

    /// <summary>Extractions made in this scan, as <c>keep</c> returned them; null where the last build's cached one is still right.</summary>
    public ArticleExtraction?[] Fresh { get; }

    public ArticleProblem?[] Problems { get; }

    /// <summary>What to note for the next build, one per file.</summary>
    public FileStamp[] Stamps { get; }

    public int ReadCount => Fresh.Count(x => x is not null);

    /// <summary>True when every file is one the last build saw with the same hash, and none went away.</summary>
    public bool IsUnchanged(IReadOnlyDictionary<string, FileStamp> previous) =>
        previous.Count == Files.Length && Files.Select((f, i) => previous.TryGetValue(f.Id, out var s) && s.Hash == Hashes[i]).All(same => same);

    public static ShelfScan Run(IReadOnlyList<ShelfFile> shelf, IReadOnlyDictionary<string, FileStamp> previous, Gazetteer gazetteer, long notedTicks, Func<ArticleExtraction, ArticleExtraction> keep, CancellationToken cancellationToken)
    {
        var files = shelf.ToArray();
        var hashes = new string[files.Length];
        var fresh = new ArticleExtraction?[files.Length];
        var problems = new ArticleProblem?[files.Length];
        var stamps = new FileStamp[files.Length];
        try
        {
            Scan(files, previous, gazetteer, notedTicks, keep, hashes, fresh, problems, stamps, cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // A worker's failure (the new base could not be written) is thrown as itself, as a write after the scan would.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return new ShelfScan(files, hashes, fresh, problems, stamps);
    }

    private static void Scan(ShelfFile[] files, IReadOnlyDictionary<string, FileStamp> previous, Gazetteer gazetteer, long notedTicks, Func<ArticleExtraction, ArticleExtraction> keep,
        string[] hashes, ArticleExtraction?[] fresh, ArticleProblem?[] problems, FileStamp[] stamps, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Parallel.For ends and restarts its workers now and then, each asking for a local: extractors are pooled
        // so the gazetteer is indexed once per core, not once per restart.
        var extractors = new System.Collections.Concurrent.ConcurrentBag<ArticleExtractor>();
        Parallel.For(0, files.Length, options, () => extractors.TryTake(out var pooled) ? pooled : new ArticleExtractor(new MentionFinder(gazetteer)), (i, _, extractor) =>
        {
            var file = files[i];
            var known = previous.GetValueOrDefault(file.Id);
            if (known is not null && known.Matches(file))
            {
                hashes[i] = known.Hash;
                problems[i] = known.Problem;
                stamps[i] = known;
                return extractor;
            }

            byte[] content;
            try
            {
                content = file.ReadContent();
            }
            catch (IOException ex)
            {
                hashes[i] = "";
                problems[i] = new ArticleProblem(file.Name, 0, "could not be read: " + ex.Message);
                stamps[i] = new FileStamp(file.Id, -1, 0, notedTicks, "", problems[i]);
                return extractor;
            }

            var hash = Convert.ToHexString(SHA256.HashData(content));
            hashes[i] = hash;
            if (known is not null && known.Hash == hash)
            {
                problems[i] = known.Problem;
            }
            else
            {
                var parsed = MarkdownArticleParser.Parse(file.Name, content);
                problems[i] = parsed.Problem;
                fresh[i] = parsed.Article is { } article && parsed.Problem is null ? keep(extractor.Extract(article)) : null;
            }

            stamps[i] = new FileStamp(file.Id, file.Length, file.LastWriteUtc.Ticks, notedTicks, hash, problems[i]);
            return extractor;
        }, extractors.Add);
    }
}
