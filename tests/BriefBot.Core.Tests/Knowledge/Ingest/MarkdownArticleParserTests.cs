using System.Text;
using BriefBot.Core.Knowledge.Ingest;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

public sealed class MarkdownArticleParserTests
{
    private static ArticleParseResult Parse(string text) => MarkdownArticleParser.Parse("a.md", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Front_matter_fields_are_read()
    {
        var result = Parse("---\ntitle: \"On ships\"\nauthors:\n  - Ann Lee\n  - Bo Chan\npublished: 2030-01-31\nsource: Harbour Review\nurl: https://example.org/ships\nlanguage: en\n---\n\nBody text.\n");

        var article = Assert.IsType<BriefBot.Core.Knowledge.Model.Article>(result.Article);
        Assert.Equal("On ships", article.Title);
        Assert.Equal(["Ann Lee", "Bo Chan"], article.Authors);
        Assert.Equal(new DateOnly(2030, 1, 31), article.Published);
        Assert.Equal("Harbour Review", article.Source);
        Assert.Equal("https://example.org/ships", article.Url?.ToString());
    }

    [Fact]
    public void A_single_author_written_as_a_scalar_is_one_author()
    {
        var result = Parse("---\ntitle: On ships\nauthors: Jane Doe\n---\nText.\n");

        Assert.Equal(["Jane Doe"], result.Article!.Authors);
    }

    [Fact]
    public void Authors_as_a_mapping_is_reported_with_its_line()
    {
        var result = Parse("---\ntitle: On ships\nauthors:\n  name: Jane Doe\n---\nText.\n");

        Assert.Null(result.Article);
        Assert.Equal("a.md:3: 'authors' must be a name or a list of names", result.Problem!.ToString());
    }

    [Fact]
    public void A_value_of_the_wrong_shape_is_reported_as_file_line_and_what_is_wrong()
    {
        var result = Parse("---\ntitle: [On, ships]\n---\nText.\n");

        var problem = result.Problem!.ToString();
        Assert.StartsWith("a.md:2: front matter is not valid YAML: ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception during deserialization", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_publication_date_stays_absent()
    {
        var result = Parse("---\ntitle: Undated\n---\nText.\n");

        Assert.Null(result.Article!.Published);
    }

    [Theory]
    [InlineData("---\ntitle: X\npublished: 2030-02-30\n---\nText.", 3, "published")]
    [InlineData("---\ntitle: X\npublished: next week\n---\nText.", 3, "published")]
    [InlineData("---\ntitle: X\nurl: not a url\n---\nText.", 3, "url")]
    [InlineData("---\npublished: 2030-01-01\n---\nText.", 2, "title")]
    [InlineData("Just text, no header.", 1, "front matter")]
    [InlineData("---\ntitle: [unclosed\n---\nText.", 2, "YAML")]
    public void Bad_front_matter_is_reported_with_its_line(string text, int line, string mentions)
    {
        var result = Parse(text);

        Assert.Null(result.Article);
        Assert.NotNull(result.Problem);
        Assert.Equal(line, result.Problem.Line);
        Assert.Contains(mentions, result.Problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_firm_newswire_writes_in_angle_brackets_stays_in_the_text_and_html_tags_do_not()
    {
        var result = Parse("---\ntitle: Fiat\n---\n\nGrowth reflected the purchase of <Alfa-Romeo SpA> and <Nippon Mining Co Ltd> by <b>Fiat</b>.\n");

        Assert.Equal("Growth reflected the purchase of <Alfa-Romeo SpA> and <Nippon Mining Co Ltd> by Fiat.", result.Article!.Paragraphs[0].Text);
    }

    [Fact]
    public void Paragraphs_are_numbered_without_headings_and_keep_their_section()
    {
        var result = Parse("---\ntitle: X\n---\n\nFirst **bold** paragraph.\n\n## What happened\n\nSecond with a [link](https://x.org) and a note.[\\[i\\]](#)\n");

        var paragraphs = result.Article!.Paragraphs;
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal((1, "First bold paragraph.", (string?)null), (paragraphs[0].Number, paragraphs[0].Text, paragraphs[0].Heading));
        Assert.Equal((2, "Second with a link and a note.[i]", "What happened"), (paragraphs[1].Number, paragraphs[1].Text, paragraphs[1].Heading));
    }

    [Fact]
    public void The_content_hash_changes_with_the_content()
    {
        var a = Parse("---\ntitle: X\n---\nOne.");
        var b = Parse("---\ntitle: X\n---\nTwo.");

        Assert.NotEqual(a.Article!.ContentHash, b.Article!.ContentHash);
    }
}
