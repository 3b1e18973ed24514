using System.Net;
using System.Net.Http.Headers;

namespace BriefBot.Core.Intake;

public sealed partial class PoliteFetcher
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json", "application/json"];
    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml", "application/pdf"];

    private async Task<(FetchResult Result, Uri? Redirect)> SendAsync(Uri url, FetchKind kind, string? etag, string? lastModified, HostGate gate, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(kind == FetchKind.Feed
            ? "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
            : "text/html, application/xhtml+xml, application/pdf;q=0.9, */*;q=0.5");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return await ReadAsync(url, kind, response, gate, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (FetchResult.Failed($"{url.Host} gave no complete answer within {_options.Timeout.TotalSeconds:0} s."), null);
        }
        catch (HttpRequestException ex) when (ex.InnerException is AddressRefusedException refused)
        {
            return (FetchResult.Refused(refused.Message), null);
        }
        catch (HttpRequestException ex)
        {
            return (FetchResult.Failed($"{url.Host} could not be reached: {ex.Message}"), null);
        }
        catch (IOException ex)
        {
            return (FetchResult.Failed($"{url.Host} broke off the answer: {ex.Message}"), null);
        }
    }

    private async Task<(FetchResult Result, Uri? Redirect)> ReadAsync(Uri url, FetchKind kind, HttpResponseMessage response, HostGate gate, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && status != 304)
        {
            return response.Headers.Location is { } location
                ? (null!, new Uri(url, location))
                : (FetchResult.Failed($"{url} redirects without saying where."), null);
        }

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return (new FetchResult { Status = FetchStatus.NotModified, FinalUrl = url, Message = "not modified" }, null);
        }

        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            var wait = RetryAfter(response) ?? _options.FirstBackoff;
            gate.BlockedUntil = _time.GetUtcNow() + wait;
            return (new FetchResult { Status = FetchStatus.RetryLater, RetryAfter = wait, FinalUrl = url, Message = $"{url.Host} answered {status} and asked to wait {wait}." }, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            return (FetchResult.Failed($"{url} answered HTTP {status} {response.ReasonPhrase}."), null);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
        if (!Acceptable(kind, mediaType))
        {
            return (FetchResult.Refused($"{url} is {mediaType}, not {(kind == FetchKind.Feed ? "a feed" : "an article page or PDF")}."), null);
        }

        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return (FetchResult.Refused($"{url} is {response.Content.Headers.ContentLength / 1024 / 1024} MB, more than the {_options.MaxBytes / 1024 / 1024} MB BriefBot reads."), null);
        }

        var body = await ReadCappedAsync(response.Content, cancellationToken);
        if (body is null)
        {
            return (FetchResult.Refused($"{url} is more than the {_options.MaxBytes / 1024 / 1024} MB BriefBot reads."), null);
        }

        return (new FetchResult
        {
            Status = FetchStatus.Ok,
            Body = body,
            ContentType = mediaType,
            Charset = response.Content.Headers.ContentType?.CharSet,
            FinalUrl = url,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
        }, null);
    }

    private static bool Acceptable(string mediaType, IEnumerable<string> types) => types.Contains(mediaType, StringComparer.Ordinal);

    private static bool Acceptable(FetchKind kind, string mediaType)
    {
        // Real feeds are often served as text/html or text/plain; the parser decides. Images, audio, video and archives never are.
        if (mediaType.Length == 0 || mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            return true;
        }

        return Acceptable(mediaType, kind == FetchKind.Feed ? FeedTypes : PageTypes)
            || (kind == FetchKind.Feed && mediaType.EndsWith("+xml", StringComparison.Ordinal));
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }
}
