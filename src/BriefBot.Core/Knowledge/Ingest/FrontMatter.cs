namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>The YAML header of an article file, as written (validated by <see cref="MarkdownArticleParser"/>).</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }

    public List<string>? Authors { get; set; }

    public string? Published { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }
}
