using System.Security.Cryptography;

namespace BriefBot.Core.Intake;

public sealed partial class ShelfIntake
{
    /// <summary>Source id of PDFs dropped into the articles folder.</summary>
    public const string DroppedPdfs = "pdf";

    /// <summary>Turns each new or changed <c>.pdf</c> in the articles folder into a Markdown article beside it (same name, <c>.md</c>).</summary>
    public IReadOnlyList<IntakeOutcome> ImportDroppedPdfs(CancellationToken cancellationToken)
    {
        var outcomes = new List<IntakeOutcome>();
        if (!Directory.Exists(ArticlesFolder))
        {
            return outcomes;
        }

        foreach (var path in Directory.EnumerateFiles(ArticlesFolder, "*.pdf").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            var info = new FileInfo(path);
            if (info.Length > options.Value.MaxBytes)
            {
                outcomes.Add(new IntakeOutcome(IntakeOutcomeKind.Refused, $"{name} is larger than {options.Value.MaxBytes / 1024 / 1024} MB; skipped."));
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var key = ShelfKey.ForEntry(DroppedPdfs, name + ":" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
            if (state.Find([key]).Known)
            {
                continue;
            }

            outcomes.Add(ImportPdf(name, bytes, key));
        }

        return outcomes;
    }

    private IntakeOutcome ImportPdf(string name, byte[] bytes, string key)
    {
        ExtractedArticle? article;
        try
        {
            article = PdfExtractor.Extract(bytes, url: null);
        }
        catch (Exception ex) when (ex is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            Log.PdfFailed(logger, name, ex.Message);
            return new IntakeOutcome(IntakeOutcomeKind.Refused, $"{name} could not be read as a PDF: {ex.Message}");
        }

        if (article is null)
        {
            return new IntakeOutcome(IntakeOutcomeKind.Refused, $"{name} has no text BriefBot can read (a scan needs OCR first).");
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        var existing = state.GetItem(stem);
        var hash = ArticleFile.ContentHash(article);
        Checkpoint?.Invoke("fetched");
        var item = existing ?? new ShelfItem { Id = stem, AddedUtc = time.GetUtcNow().UtcDateTime };
        if (existing?.ContentHash != hash)
        {
            ArticleFile.Write(ArticlesFolder, stem, ArticleFile.Render(article, name, time.GetUtcNow()));
            Checkpoint?.Invoke("saved");
        }

        item.Title = article.Title;
        Remember(item, [key], hash, DroppedPdfs, entry: null, changed: existing is not null && existing.ContentHash != hash);
        return existing is null
            ? new IntakeOutcome(IntakeOutcomeKind.Added, $"Added to the shelf: {article.Title} ({stem}.md, from {name}).", stem, article.Title)
            : new IntakeOutcome(existing.ContentHash == hash ? IntakeOutcomeKind.Unchanged : IntakeOutcomeKind.Updated, $"Read {name} again: {article.Title} ({stem}.md).", stem, article.Title);
    }
}
