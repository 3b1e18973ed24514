using System.Globalization;

namespace BriefBot.TestKit.Slack;

/// <summary>A scripted answer of the fake Slack, used once, for the next request whose path contains <see cref="PathContains"/>.</summary>
public sealed record FakeSlackResponse
{
    public int Status { get; init; } = 200;

    public string Body { get; init; } = """{"ok":true}""";

    public string ContentType { get; init; } = "application/json; charset=utf-8";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string PathContains { get; init; } = "";

    /// <summary>Drop the connection without an answer; with <see cref="HandleFirst"/>, after doing what was asked.</summary>
    public bool Drops { get; init; }

    /// <summary>The request takes effect (a message is posted) and only the answer is lost: dropped, or replaced by the scripted status.</summary>
    public bool HandleFirst { get; init; }

    /// <summary>Never answer: the request hangs until the client gives up (or dies) or the server stops.</summary>
    public bool Hangs { get; init; }

    /// <summary>The connection drops before the request takes effect.</summary>
    public static FakeSlackResponse DropBeforeHandling(string pathContains = "") => new() { Drops = true, PathContains = pathContains };

    /// <summary>The request takes effect, then the connection drops: the client cannot know it worked.</summary>
    public static FakeSlackResponse DropAfterHandling(string pathContains = "") => new() { Drops = true, HandleFirst = true, PathContains = pathContains };

    /// <summary>The request hangs before it takes effect.</summary>
    public static FakeSlackResponse Hang(string pathContains = "") => new() { Hangs = true, PathContains = pathContains };

    /// <summary>The request takes effect (a message is posted), then hangs without an answer.</summary>
    public static FakeSlackResponse HangAfterHandling(string pathContains = "") => new() { Hangs = true, HandleFirst = true, PathContains = pathContains };

    /// <summary>Slack's rate limit (shared/protocols/slack.md §3.5): HTTP 429, <c>Retry-After</c> in seconds, error ratelimited.</summary>
    public static FakeSlackResponse RateLimited(int retryAfterSeconds, string pathContains = "") => new()
    {
        Status = 429,
        Body = """{"ok":false,"error":"ratelimited"}""",
        Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) },
        PathContains = pathContains,
    };

    public static FakeSlackResponse ServerError(int status = 500, string pathContains = "") => new()
    {
        Status = status,
        Body = "<html>Internal Server Error</html>",
        ContentType = "text/html",
        PathContains = pathContains,
    };

    /// <summary>The message is posted, then Slack answers with a 5xx anyway: the client cannot know it worked.</summary>
    public static FakeSlackResponse ServerErrorAfterHandling(int status = 500, string pathContains = "") => ServerError(status, pathContains) with { HandleFirst = true };

    /// <summary>HTTP 200 with <c>ok:false</c>: how the Web API reports almost every error (§3.2).</summary>
    public static FakeSlackResponse Error(string error, string pathContains = "") => new()
    {
        Body = System.Text.Json.JsonSerializer.Serialize(new { ok = false, error }),
        PathContains = pathContains,
    };
}
