namespace BriefBot.Discord.Interactions;

/// <summary>shared/protocols/discord.md §1.7.</summary>
internal enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
}
