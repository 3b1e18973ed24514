namespace BriefBot.Host.Cli;

/// <summary>
/// <c>health [--url URL]</c>: asks a running BriefBot's <c>/readyz</c> and exits 0 when it is ready, 1 otherwise.
/// Container images have no curl, so the Docker HEALTHCHECK and scripts use this.
/// </summary>
internal static class HealthVerb
{
    public static readonly Uri DefaultUrl = new("http://127.0.0.1:5080");

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var url = DefaultUrl;
        if (args.Length == 2 && args[0] == "--url" && Uri.TryCreate(args[1], UriKind.Absolute, out var given) && given.Scheme is "http" or "https")
        {
            url = given;
        }
        else if (args.Length != 0)
        {
            return Usage.Fail("health takes one option: --url http://HOST:PORT");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url, "/readyz"), cancellationToken);
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            await output.WriteLineAsync(body.Length == 0 ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : body);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync($"not reachable at {url}: {ex.Message}");
            return 1;
        }
    }
}
