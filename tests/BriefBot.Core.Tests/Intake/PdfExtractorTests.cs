using BriefBot.Core.Intake;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class PdfExtractorTests
{
    [Fact]
    public void Two_columns_read_in_order_without_running_headers_or_page_numbers()
    {
        var article = PdfExtractor.Extract(ReportPdf.Build(), url: null)!;

        Assert.Equal(ReportPdf.Paragraphs, article.Paragraphs);
    }

    [Fact]
    public void Title_and_authors_come_from_the_document_information()
    {
        var article = PdfExtractor.Extract(ReportPdf.Build(), url: null)!;

        Assert.Equal("Reopening the Border: Options for 2027", article.Title);
        Assert.Equal(["Lea Novak", "Jonas Berg"], article.Authors);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Without_metadata_the_largest_text_on_the_first_page_is_the_title()
    {
        var article = PdfExtractor.Extract(ReportPdf.Build(metadataTitle: null, author: null), url: null)!;

        Assert.Equal("Reopening the Border: Options for 2027", article.Title);
        Assert.Empty(article.Authors);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Options for 2027", StringComparison.Ordinal));
    }
}
