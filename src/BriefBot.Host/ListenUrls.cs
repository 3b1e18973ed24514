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

    /// <summary>
    /// Kestrel reports a taken port after the host has logged its own stack traces; checking first turns it into
    /// one line. Only IP literals and localhost are checked: a wildcard or host name is left to Kestrel.
    /// </summary>
    public static void EnsurePortsFree(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        foreach (var url in (string.IsNullOrWhiteSpace(urls) ? Default : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var address = BindingAddress.Parse(url);
            var ip = address.Host == "localhost" ? System.Net.IPAddress.Loopback : System.Net.IPAddress.TryParse(address.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (ip is null || address.Port <= 0)
            {
                continue;
            }

            var probe = new System.Net.Sockets.TcpListener(ip, address.Port);
            try
            {
                probe.Start();
            }
            catch (System.Net.Sockets.SocketException ex) when (ex.SocketErrorCode == System.Net.Sockets.SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"{url} is already in use: stop whatever listens there, or choose another address with --urls or ASPNETCORE_URLS.", ex);
            }
            finally
            {
                probe.Stop();
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
