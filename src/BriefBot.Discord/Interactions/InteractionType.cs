namespace BriefBot.Discord.Interactions;

/// <summary>shared/protocols/discord.md §1.3.</summary>
internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
