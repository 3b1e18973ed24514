namespace BriefBot.Discord.Rendering;

/// <summary>Hard limits from shared/protocols/discord.md §1.11, §3.1, §3.2, §3.4. Violations are rejected with 50035.</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTotal = 6000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionText = 100;
    public const int SelectPlaceholder = 150;
    public const int AutocompleteChoices = 25;
    public const int AutocompleteText = 100;

    /// <summary>A file's bytes when the interaction does not say its own <c>attachment_size_limit</c>: Discord's base upload limit.</summary>
    public const long AttachmentBytes = 10 * 1024 * 1024;
}
