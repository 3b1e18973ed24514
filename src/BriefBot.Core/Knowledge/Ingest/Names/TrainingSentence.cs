namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>One annotated line: its tokens, their gold BILOU tags, and the document it belongs to.</summary>
internal sealed record TrainingSentence(IReadOnlyList<string> Words, int[] Tags, NameDocument Document);
