using System.Globalization;

namespace BriefBot.TestKit.Discord;

/// <summary>A scripted answer of the fake Discord, used once, for the next request whose path contains <see cref="PathContains"/>.</summary>
public sealed record FakeResponse
{
    public int Status { get; init; } = 200;

    public string Body { get; init; } = "{}";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Never answer: the request hangs until the client gives up or the server stops.</summary>
    public bool Hangs { get; init; }

    public string PathContains { get; init; } = "";

    /// <summary>Drop the connection without an answer; with <see cref="HandleFirst"/>, after doing what was asked.</summary>
    public bool Drops { get; init; }

    /// <summary>With <see cref="Drops"/> or <see cref="Hangs"/>: the request takes effect (a message is posted) and only the answer is lost.</summary>
    public bool HandleFirst { get; init; }

    /// <summary>Discord's 429 (shared/protocols/discord.md §4.3) with matching headers.</summary>
    public static FakeResponse RateLimited(double retryAfter, bool global = false, string pathContains = "") => new()
    {
        Status = 429,
        Body = string.Create(CultureInfo.InvariantCulture, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}"""),
        Headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
            [global ? "X-RateLimit-Global" : "X-RateLimit-Bucket"] = global ? "true" : "fake-bucket",
        },
        PathContains = pathContains,
    };

    public static FakeResponse ServerError(int status = 500, string pathContains = "") => new()
    {
        Status = status,
        Body = """{"message":"500: Internal Server Error","code":0}""",
        PathContains = pathContains,
    };

    public static FakeResponse Error(int status, int code, string message, string pathContains = "") => new()
    {
        Status = status,
        Body = System.Text.Json.JsonSerializer.Serialize(new { message, code }),
        PathContains = pathContains,
    };

    /// <summary>The connection drops before the request takes effect.</summary>
    public static FakeResponse DropBeforeHandling(string pathContains = "") => new() { Drops = true, PathContains = pathContains };

    /// <summary>The request takes effect, then the connection drops: the client cannot know it worked.</summary>
    public static FakeResponse DropAfterHandling(string pathContains = "") => new() { Drops = true, HandleFirst = true, PathContains = pathContains };

    public static FakeResponse Hang(string pathContains = "") => new() { Hangs = true, PathContains = pathContains };

    /// <summary>The request takes effect (a message is posted), then hangs without an answer.</summary>
    public static FakeResponse HangAfterHandling(string pathContains = "") => new() { Hangs = true, HandleFirst = true, PathContains = pathContains };

    /// <summary>A normal answer that also reports its bucket as empty for <paramref name="resetAfter"/> seconds.</summary>
    public static FakeResponse EmptyBucket(double resetAfter, string body = "{}", string pathContains = "") => new()
    {
        Body = body,
        Headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = resetAfter.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = "fake-bucket",
        },
        PathContains = pathContains,
    };
}
