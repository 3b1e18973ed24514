using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Web;

/// <summary>
/// A scriptable web site on 127.0.0.1 for the shelf intake: each path answers as a test says (a page, a feed, a
/// status with headers, a redirect, a body that never ends, a reply that never comes), and every request is kept.
/// </summary>
public sealed class FakeWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TaskCompletionSource _hung = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeWebServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Completes when a request reaches a <see cref="Hang"/> route.</summary>
    public Task Hung => _hung.Task;

    public static async Task<FakeWebServer> StartAsync(CancellationToken cancellationToken)
    {
        var (fake, address) = await LoopbackServer.StartAsync<FakeWebServer>(app =>
        {
            var server = new FakeWebServer(app);
            return (server, server.HandleAsync);
        }, webSockets: false, cancellationToken);
        fake.Address = address;
        return fake;
    }

    public Uri Url(string path) => new(Address, path.TrimStart('/'));

    public int CountOf(string path) => _requests.Count(r => r.Path == path);

    public void Serve(string path, string contentType, string body, string? etag = null) =>
        Serve(path, contentType, Encoding.UTF8.GetBytes(body), etag);

    /// <summary>Answers with the body, or 304 when the request's If-None-Match carries <paramref name="etag"/>.</summary>
    public void Serve(string path, string contentType, byte[] body, string? etag = null) => _routes[path] = async context =>
    {
        if (etag is not null && context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    public void Status(string path, int status, IDictionary<string, string>? headers = null) => _routes[path] = context =>
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            context.Response.Headers[name] = value;
        }

        return Task.CompletedTask;
    };

    public void Redirect(string path, string location, int status = StatusCodes.Status302Found) =>
        Status(path, status, new Dictionary<string, string>(StringComparer.Ordinal) { ["Location"] = location });

    /// <summary>Never answers; the request waits until the client gives up.</summary>
    public void Hang(string path) => _routes[path] = async context =>
    {
        _hung.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test waits for.
        }
    };

    /// <summary>Streams <paramref name="bytes"/> of HTML without a Content-Length, so only a reader's own cap stops it.</summary>
    public void Endless(string path, long bytes) => _routes[path] = async context =>
    {
        context.Response.ContentType = "text/html";
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading at its cap.
        }
        catch (IOException)
        {
            // The client closed the connection at its cap.
        }
    };

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedRequest(path, context.Request.QueryString.Value ?? "", context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString(), context.Request.Headers.UserAgent.ToString()));
        if (_routes.TryGetValue(path, out var route))
        {
            await route(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
