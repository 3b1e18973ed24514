using Microsoft.Extensions.Options;

namespace BriefBot.Host;

/// <summary>
/// Where the HTTP endpoints listen. The default is not in appsettings.json, where it would override
/// <c>ASPNETCORE_URLS</c>; it applies only when none of <c>--urls</c>, <c>Urls</c>, <c>ASPNETCORE_URLS</c> or
/// <c>ASPNETCORE_HTTP_PORTS</c> is set. A URL Kestrel cannot read stops the start with one line naming the setting.
/// </summary>
internal static class ListenUrls
{
    public const string Default = "http://127.0.0.1:5080";

    public static void Apply(WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]) && string.IsNullOrWhiteSpace(builder.Configuration["https_ports"]))
            {
                builder.WebHost.UseUrls(Default);
            }

            return;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsReadable(url))
            {
                throw new OptionsValidationException("Urls", typeof(string), [$"Urls (--urls, Urls or ASPNETCORE_URLS) has '{url}', which is not a listen URL; use e.g. http://127.0.0.1:5080 or http://0.0.0.0:8080."]);
            }
        }
    }

    private static bool IsReadable(string url)
    {
        try
        {
            return BindingAddress.Parse(url).Scheme is "http" or "https";
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
