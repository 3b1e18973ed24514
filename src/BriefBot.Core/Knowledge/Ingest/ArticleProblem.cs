namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>Something wrong with one file of the shelf; the file is skipped and the rest still builds.</summary>
public sealed record ArticleProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
