using System.Net;

namespace BriefBot.Discord.Rest;

/// <summary>A REST call Discord refused (4xx other than 429) or that kept failing; <see cref="Code"/> is Discord's JSON code.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(HttpStatusCode status, int? code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode? Status { get; }

    public int? Code { get; }
}
