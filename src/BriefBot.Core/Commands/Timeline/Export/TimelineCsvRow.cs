using System.Globalization;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>One CSV row of an exported timeline; <see cref="Header"/> names its columns in order.</summary>
public sealed record TimelineCsvRow
{
    public static readonly string[] Header = ["date", "precision", "inferred", "summary", "actors", "sources", "corroboration"];

    public required string Date { get; init; }

    public required string Precision { get; init; }

    public bool Inferred { get; init; }

    public required string Summary { get; init; }

    public string Actors { get; init; } = "";

    public string Sources { get; init; } = "";

    public int Corroboration { get; init; }

    public string[] Fields() =>
        [Date, Precision, Inferred ? "true" : "false", Summary, Actors, Sources, Corroboration.ToString(CultureInfo.InvariantCulture)];

    public static TimelineCsvRow From(ExportedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new TimelineCsvRow
        {
            Date = e.Date.ToTimex(),
            Precision = e.Date.Precision.ToString().ToLowerInvariant(),
            Inferred = e.IsInferred,
            Summary = e.Summary,
            Actors = string.Join("; ", e.Actors),
            Sources = string.Join(" | ", e.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ArticleTitle} ¶{s.Paragraph}{(s.Url is null ? "" : " " + s.Url.AbsoluteUri)}"))),
            Corroboration = e.Corroboration,
        };
    }
}
