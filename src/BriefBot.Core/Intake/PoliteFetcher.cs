using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Intake;

/// <summary>
/// Every request the shelf intake makes: GET only, through the SSRF guard, conditional (ETag, Last-Modified),
/// one at a time per host with a pause between, Retry-After honoured, a timeout for the whole exchange, a size
/// cap, a redirect limit and a content-type check. Nothing fetched is ever run: bytes come back, nothing more.
/// </summary>
public sealed partial class PoliteFetcher : IDisposable
{
    private readonly ShelfOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PoliteFetcher> _logger;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(IOptions<ShelfOptions> options, TimeProvider time, ILogger<PoliteFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        var guard = new AddressGuard(_options.AllowedHosts);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed here, one hop at a time, so each is counted and each target goes through the guard.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public async Task<FetchResult> FetchAsync(Uri url, FetchKind kind, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
            {
                return FetchResult.Refused($"BriefBot only fetches http and https addresses, not {current.Scheme}:.");
            }

            if (!visited.Add(current.AbsoluteUri))
            {
                return FetchResult.Failed($"{url} redirects in a loop (back to {current}).");
            }

            if (hop > _options.MaxRedirects)
            {
                return FetchResult.Failed($"{url} redirects more than {_options.MaxRedirects} times.");
            }

            var result = await FetchOnceAsync(current, kind, hop == 0 ? etag : null, hop == 0 ? lastModified : null, cancellationToken);
            if (result.Redirect is null)
            {
                Log.Fetched(_logger, current.Host, (int)result.Result.Status, result.Result.Body.Length);
                return result.Result;
            }

            current = result.Redirect;
        }
    }

    private async Task<(FetchResult Result, Uri? Redirect)> FetchOnceAsync(Uri url, FetchKind kind, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(url.Authority, _ => new HostGate());
        await gate.Turn.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (gate.BlockedUntil > now)
            {
                return (new FetchResult { Status = FetchStatus.RetryLater, RetryAfter = gate.BlockedUntil - now, Message = $"{url.Host} asked to wait until {gate.BlockedUntil:u}." }, null);
            }

            if (gate.NextRequest > now)
            {
                await Task.Delay(gate.NextRequest - now, _time, cancellationToken);
            }

            try
            {
                return await SendAsync(url, kind, etag, lastModified, gate, cancellationToken);
            }
            finally
            {
                gate.NextRequest = _time.GetUtcNow() + _options.PerHostInterval;
            }
        }
        finally
        {
            gate.Turn.Release();
        }
    }

    public void Dispose() => _http.Dispose();
}
