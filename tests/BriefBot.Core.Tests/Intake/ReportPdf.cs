using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BriefBot.Core.Tests.Intake;

/// <summary>A think-tank style PDF made in the test: two columns, a running header, page numbers, a paragraph that flows across columns.</summary>
internal static class ReportPdf
{
    public static readonly string[] Paragraphs =
    [
        "The border between the two states has been closed to commercial traffic since April, cutting a trade route that carried a third of regional exports.",
        "Local economies on both sides depend on the crossing, and surveys by chambers of commerce show that most small traders have lost more than half of their income since the closure began in the spring.",
        "Negotiations resumed in Geneva in November under the mediation of a regional organisation, which proposed a technical working group on customs procedures.",
        "The working group is expected to report within a month, but its mandate excludes security questions, which both governments consider the real obstacle.",
        "A phased reopening, starting with humanitarian goods, would test the customs arrangements without committing either side to a full normalisation.",
        "We recommend that donors fund the joint customs post and that the mediator publish a timetable, so that traders can plan for the coming season.",
    ];

    /// <summary>Paragraph 2 is split: it starts at the bottom of the left column and ends at the top of the right one.</summary>
    public static byte[] Build(string? metadataTitle = "Reopening the Border: Options for 2027", string? author = "Lea Novak, Jonas Berg")
    {
        var builder = new PdfDocumentBuilder();
        if (metadataTitle is not null)
        {
            builder.DocumentInformation.Title = metadataTitle;
        }

        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var second = Paragraphs[1].Split(' ');
        var head = string.Join(' ', second.Take(14));
        var tail = string.Join(' ', second.Skip(14));

        var page1 = Page(builder, font, 1);
        page1.AddText("Reopening the Border: Options for 2027", 20, new PdfPoint(50, 740), bold);
        Column(page1, font, 50, 690, Paragraphs[0], head);
        Column(page1, font, 315, 690, tail, Paragraphs[2]);

        var page2 = Page(builder, font, 2);
        Column(page2, font, 50, 740, Paragraphs[3], Paragraphs[4]);
        Column(page2, font, 315, 740, Paragraphs[5]);
        return builder.Build();
    }

    private static PdfPageBuilder Page(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font, int number)
    {
        var page = builder.AddPage(595, 842);
        page.AddText("Institute for Regional Studies | Policy Brief 12 | December 2026", 8, new PdfPoint(50, 810), font);
        page.AddText(number.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(295, 30), font);
        return page;
    }

    private static void Column(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double top, params string[] paragraphs)
    {
        var y = top;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph, 42))
            {
                page.AddText(line, 10, new PdfPoint(x, y), font);
                y -= 13;
            }

            y -= 20;
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
