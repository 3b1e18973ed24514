using System.Text.Json;

namespace BriefBot.Discord.Gateway;

/// <summary>One message from the Gateway: <c>{op, d, s, t}</c> (§5.1); <c>s</c> and <c>t</c> are set on dispatches only.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    public JsonElement D { get; init; }

    public long? S { get; init; }

    public string? T { get; init; }
}
