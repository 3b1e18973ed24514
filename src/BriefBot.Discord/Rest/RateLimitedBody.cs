namespace BriefBot.Discord.Rest;

/// <summary>The 429 body (§4.3): <c>retry_after</c> in (fractional) seconds.</summary>
internal sealed record RateLimitedBody
{
    public string? Message { get; init; }

    public double RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
