namespace BriefBot.Core.Tests.Intake;

/// <summary>Article pages shaped like real ones: masthead and menu, cookie banner, share bar, paywall prompt, comments, related stories.</summary>
internal static class Pages
{
    public static readonly string[] StoryParagraphs =
    [
        "Ministers from the two neighbouring states met in Geneva on Tuesday to discuss the reopening of the border crossing that has been closed since the spring.",
        "The talks, mediated by a regional organisation, lasted more than six hours and ended with a joint statement promising a technical working group within a month.",
        "Officials on both sides described the atmosphere as constructive, although neither delegation committed to a date for the crossing to open to commercial traffic.",
        "Traders in the border towns have lost most of their income since the closure, and local councils have asked for compensation from the national budgets.",
        "Analysts said the statement was the first concrete step after a year of mutual accusations, but warned that the working group could stall without political backing.",
    ];

    public static string Story(string title = "Border talks resume in Geneva", string? canonical = null, string? published = "2026-11-30T08:15:00+01:00", string[]? paragraphs = null)
    {
        var body = string.Join("\n", (paragraphs ?? StoryParagraphs).Select(p => $"<p>{p}</p>"));
        var canonicalLink = canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">";
        var date = published is null ? "" : $"<meta property=\"article:published_time\" content=\"{published}\">";
        return $$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>{{title}} | The Regional Observer</title>
              <meta property="og:title" content="{{title}}">
              <meta property="og:site_name" content="The Regional Observer">
              <meta name="author" content="Amira Haddad">
              {{date}}
              {{canonicalLink}}
              <script>document.write('<p>Injected by script</p>'); fetch('/beacon');</script>
              <style>.x { color: red }</style>
            </head>
            <body>
              <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your preferences.</p><button>Accept</button></div>
              <header class="site-header"><a href="/">The Regional Observer</a>
                <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li></ul></nav>
              </header>
              <main>
                <article>
                  <h1>{{title}}</h1>
                  <div class="byline">By Amira Haddad</div>
                  <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email this article</a></div>
                  {{body}}
                  <div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>
                </article>
                <section id="comments"><h2>Comments</h2><p>This is outrageous, the government should have acted months ago and everyone knows it.</p><p>Great reporting as always, thank you.</p></section>
                <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Trade figures fall again</a></li><li><a href="/b">Opinion: why the border matters</a></li></ul></aside>
              </main>
              <footer><p>© 2026 The Regional Observer. All rights reserved.</p></footer>
            </body>
            </html>
            """;
    }
}
