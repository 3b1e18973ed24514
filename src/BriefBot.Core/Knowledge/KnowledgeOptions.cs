namespace BriefBot.Core.Knowledge;

/// <summary>Where the shelf lives and where its rebuildable knowledge base is written.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Folder holding <c>articles/*.md</c> and <c>actors.yaml</c>.</summary>
    public string Directory { get; set; } = "knowledge";

    /// <summary>The LiteDB file of the knowledge base; deleting it is always safe.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "knowledge.db");

    /// <summary>Rebuild when a file in <see cref="Directory"/> changes while running.</summary>
    public bool WatchForChanges { get; set; } = true;
}
