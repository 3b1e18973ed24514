using System.Text.Json.Serialization;

namespace BriefBot.Discord.Gateway;

/// <summary>One message to the Gateway: <c>{op, d}</c>. <c>d</c> is written even when null: a first heartbeat is <c>{"op":1,"d":null}</c> (§5.3).</summary>
internal sealed record GatewayCommand(
    int Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? D);
