namespace BriefBot.Core.Knowledge.Model;

/// <summary>Where a fact was read: the article, the paragraph (from 1) and the sentence quoted.</summary>
public sealed record Citation(string ArticleId, int Paragraph, string Quote);
