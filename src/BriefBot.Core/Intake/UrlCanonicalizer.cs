using System.Text;

namespace BriefBot.Core.Intake;

/// <summary>
/// Recognises one story behind many addresses: tracking parameters, fragments, AMP and mobile variants, http
/// against https and a trailing slash do not make a second article.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "mtm_", "hsa_", "_hs"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "twclid", "ref", "ref_src", "ref_url", "cmpid", "cmp",
        "_ga", "_gl", "icid", "ito", "ns_mchannel", "ns_source", "ns_campaign", "smid", "sr_share", "share", "amp", "outputtype",
        "rss", "from", "src", "feature", "at_medium", "at_campaign", "xtor",
    };

    /// <summary>The address without tracking parameters or fragment: what an article's <c>url:</c> says.</summary>
    public static Uri Clean(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Fragment = "", Query = CleanQuery(url.Query) };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    /// <summary>The identity of the story: host without www/amp/m, path without AMP suffix or trailing slash, sorted query, no scheme.</summary>
    public static string Key(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var clean = Clean(url);
        var host = clean.IdnHost.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "amp.", "m.", "mobile." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') >= 2)
            {
                host = host[prefix.Length..];
            }
        }

        var path = clean.AbsolutePath;
        foreach (var suffix in new[] { "/amp/", "/amp", ".amp", ".amp.html" })
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^suffix.Length];
            }
        }

        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }

        path = path.TrimEnd('/');
        var port = clean.IsDefaultPort ? "" : ":" + clean.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = string.Join('&', clean.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        return host + port + (path.Length == 0 ? "/" : path) + (query.Length > 0 ? "?" + query : "");
    }

    private static string CleanQuery(string query)
    {
        var kept = new StringBuilder();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? "" : "&").Append(pair);
        }

        return kept.ToString();
    }
}
