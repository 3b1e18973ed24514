namespace BriefBot.Core.Knowledge.Model;

/// <summary>A paragraph of body text. <see cref="Number"/> counts text paragraphs from 1; headings have none.</summary>
public sealed record ArticleParagraph(int Number, string Text, string? Heading);
