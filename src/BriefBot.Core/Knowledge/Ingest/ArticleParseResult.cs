using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>An article, or the reason it could not be read.</summary>
public sealed record ArticleParseResult(Article? Article, ArticleProblem? Problem);
