namespace BriefBot.Discord.Interactions;

/// <summary><c>{ "type": callback type, "data": … }</c> (§1.7). Data is a message or autocomplete choices.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public static InteractionResponse Of(InteractionCallbackType type, object? data = null) => new((int)type, data);
}
