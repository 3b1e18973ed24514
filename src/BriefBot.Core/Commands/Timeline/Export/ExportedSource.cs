namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>One telling of an exported event: the article, paragraph, the quoted sentence and where to read it.</summary>
public sealed record ExportedSource(string ArticleId, string ArticleTitle, int Paragraph, string Quote, Uri? Url, string? Publisher);
