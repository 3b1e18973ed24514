namespace BriefBot.Core.Knowledge.Search;

/// <summary>A sentence found for a question, with its BM25 score and how many of the question's terms it holds.</summary>
public sealed record SentenceHit(SentenceEntry Sentence, float Score, int MatchedTerms, bool MatchedActor);
