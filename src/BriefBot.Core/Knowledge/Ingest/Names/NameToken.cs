namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>A token as the tagger sees it: offsets into the line and its text.</summary>
public readonly record struct NameToken(int Start, int End, string Text);
