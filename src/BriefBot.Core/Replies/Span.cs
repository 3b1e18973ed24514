using System.Text.Json.Serialization;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Replies;

/// <summary>
/// A piece of a reply line. Text stays plain here: escaping and markup belong to each platform's renderer.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextSpan), "text")]
[JsonDerivedType(typeof(StrongSpan), "strong")]
[JsonDerivedType(typeof(DateSpan), "date")]
[JsonDerivedType(typeof(CitationSpan), "citation")]
[JsonDerivedType(typeof(LinkSpan), "link")]
[JsonDerivedType(typeof(QuoteSpan), "quote")]
public abstract record Span
{
    /// <summary>The span as plain text, for fallbacks and length budgets.</summary>
    public abstract string PlainText { get; }
}

public sealed record TextSpan(string Text) : Span
{
    public override string PlainText => Text;
}

public sealed record StrongSpan(string Text) : Span
{
    public override string PlainText => Text;
}

/// <summary>A date shown with its precision; <see cref="IsInferred"/> marks dates resolved from context.</summary>
public sealed record DateSpan(PartialDate Date, bool IsInferred) : Span
{
    [JsonIgnore]
    public override string PlainText => IsInferred ? $"{Date} (inferred)" : Date.ToString();

    /// <summary>The TIMEX3 value, for the JSON form.</summary>
    public string Value => Date.ToTimex();

    public DatePrecision Precision => Date.Precision;
}

/// <summary>A reference to <see cref="Reply.Sources"/> entry number <see cref="Number"/>.</summary>
public sealed record CitationSpan(int Number) : Span
{
    public override string PlainText => $"[{Number}]";
}

public sealed record LinkSpan(string Text, Uri Url) : Span
{
    public override string PlainText => Text;
}

/// <summary>
/// Words quoted verbatim from an article. A line that starts with one is a quotation: platforms show it as a block
/// quote, so never put anything but the article's own words in it.
/// </summary>
public sealed record QuoteSpan(string Text) : Span
{
    public override string PlainText => $"“{Text}”";
}
