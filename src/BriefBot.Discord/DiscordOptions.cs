namespace BriefBot.Discord;

/// <summary>Discord settings, from the "Discord" section or <c>Discord__*</c> environment variables.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>Discord's REST base (shared/protocols/discord.md §4.1); tests point it at a fake.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://discord.com/api/v10");

    /// <summary>The application's Public Key from the Developer Portal: 64 hex characters (32 bytes of Ed25519 key).</summary>
    public string? PublicKey { get; set; }

    /// <summary>The application id, a snowflake.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Needed to register commands and post to channels; interactions are answered without it.</summary>
    public string? BotToken { get; set; }

    /// <summary>When set, commands are registered in this guild only (instant), instead of globally.</summary>
    public string? GuildId { get; set; }

    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// How long an answer may take before a deferred response goes out. Discord drops an unanswered
    /// interaction after 3 s (shared/protocols/discord.md §1.9), so this must stay well under it.
    /// </summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Register the commands when the host starts (only when the bot token and application id are set).</summary>
    public bool RegisterCommandsOnStart { get; set; } = true;

    public bool CanRegisterCommands => !string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(ApplicationId);
}
