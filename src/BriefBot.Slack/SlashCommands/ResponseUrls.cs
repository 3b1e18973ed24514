namespace BriefBot.Slack.SlashCommands;

/// <summary>response_url values come from signed requests; they are still checked to be absolute http(s) URLs.</summary>
internal static class ResponseUrls
{
    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
