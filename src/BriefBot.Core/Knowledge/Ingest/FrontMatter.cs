namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>The YAML header of an article file, as written (validated by <see cref="MarkdownArticleParser"/>).</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }

    /// <summary>A list of names, or one name as a plain scalar (<c>authors: Jane Doe</c>): YAML gives a string or a list.</summary>
    public object? Authors { get; set; }

    public IEnumerable<string> AuthorNames => Authors switch
    {
        string one => [one],
        IEnumerable<object> many => many.OfType<string>(),
        _ => [],
    };

    public string? Published { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }
}
