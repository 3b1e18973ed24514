namespace BriefBot.Core.Knowledge.Build;

/// <summary>What qualifies a generic head: a state or city key ("iran", "tokyo") and how the text wrote it.</summary>
internal sealed record GenericQualifier(string Key, string Surface);
