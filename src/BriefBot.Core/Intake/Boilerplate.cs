using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefBot.Core.Intake;

/// <summary>
/// What real pages wrap around an article — navigation, cookie and consent banners, share bars, newsletter boxes,
/// comments, related-article lists, paywall prompts — recognised by element, role, class/id and a few fixed phrases.
/// </summary>
internal static partial class Boilerplate
{
    private const string NoiseElements = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, aside, footer, dialog";
    private const string NoiseRoles = "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search], [aria-hidden=true], [hidden]";

    /// <summary>Removes noise from a parsed page before the readability pass scores what is left.</summary>
    public static void Strip(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(NoiseElements + ", " + NoiseRoles).ToList())
        {
            element.Remove();
        }

        // A page's own <header> holds the masthead and menu; one inside the article holds its title, which we have.
        foreach (var element in document.QuerySelectorAll("header").ToList())
        {
            element.Remove();
        }

        var bodyLength = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.Body?.QuerySelectorAll("*").ToList() ?? [])
        {
            var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
            if (marks.Length > 1 && NoiseMarks().IsMatch(marks) && !HoldsTheArticle(element, bodyLength))
            {
                element.Remove();
            }
        }
    }

    // A wrapper such as <div class="page has-sidebar"> marks its layout, not itself as noise: keep what holds the article.
    private static bool HoldsTheArticle(IElement element, int bodyLength) =>
        element.LocalName is "body" or "html" or "main" or "article"
        || element.QuerySelector("article, main, [itemprop=articleBody]") is not null
        || (bodyLength > 0 && element.TextContent.Length * 2 > bodyLength);

    /// <summary>Short lines that are furniture, not text: "Share", "Advertisement", "Subscribe to continue reading".</summary>
    public static bool IsNoise(string paragraph) => paragraph.Length < 160 && NoisePhrases().IsMatch(paragraph);

    [GeneratedRegex(@"(?<![a-z])(cookie|consent|gdpr|paywall|piano|subscribe|subscription|newsletter|signup|sign-up|share|sharing|social|related|recommend|more-stories|read-more|comments?|disqus|respond|advert|ad-slot|ads|sponsor|promo|popup|modal|breadcrumbs?|menu|navbar|sidebar|masthead|site-header|site-footer|toolbar|tags|byline-share)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NoiseMarks();

    [GeneratedRegex(@"^(share( this)?( article| story)?|advertisement|sponsored|related( articles| stories)?|read more|comments?|subscribe( now)?|sign in|log in|(subscribe|sign in|log in|register) to (continue|read)|already a subscriber\??.*|this (article|content) is for (subscribers|members)( only)?\.?|you have \d+ free articles?.*|we use cookies.*|accept( all)?( cookies)?)[.!:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NoisePhrases();
}
