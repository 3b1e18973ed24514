namespace BriefBot.Discord;

/// <summary>Discord settings, from the "Discord" section or <c>Discord__*</c> environment variables.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>Discord's REST base (shared/protocols/discord.md §4.1); tests point it at a fake.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://discord.com/api/v10");

    public static readonly TimeSpan DefaultShardLease = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How interactions arrive: "http" (Discord posts to /discord/interactions, needs a public URL and the public key)
    /// or "gateway" (BriefBot keeps a WebSocket open to Discord, needs only the bot token). Unset: gateway when a bot
    /// token is set and no public key, http otherwise.
    /// </summary>
    public string? Transport { get; set; }

    /// <summary>With <see cref="ShardCount"/>: run only this shard here (another process runs the others).</summary>
    public int? ShardId { get; set; }

    /// <summary>
    /// With <see cref="ShardCount"/>: the shards this replica runs, comma-separated ("0,2,5"); the other replicas
    /// must be given the rest, each shard to exactly one.
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>
    /// The total number of shards. Unset: Discord's recommended count. Without <see cref="ShardId"/> or
    /// <see cref="ShardIds"/> every shard runs here, or, with State:Provider postgres, the replicas share them by lease.
    /// </summary>
    public int? ShardCount { get; set; }

    /// <summary>
    /// How long a replica's claim on a shard lasts without renewal (State:Provider postgres, no explicit shard ids).
    /// Renewed every third of it; a replica that cannot renew disconnects before it lapses, and another takes over.
    /// </summary>
    public TimeSpan ShardLease { get; set; } = DefaultShardLease;

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

    /// <summary>The transport in effect, or null when <see cref="Transport"/> names none (the validator says so).</summary>
    public DiscordTransport? EffectiveTransport => ResolveTransport(Transport, BotToken, PublicKey);

    /// <summary>The shards named for this process (<see cref="ShardIds"/> or <see cref="ShardId"/>), or null when none are.</summary>
    public IReadOnlyList<int>? FixedShardIds => ShardId is { } only ? [only] : ShardIdList.TryParse(ShardIds, out var ids) ? ids : null;

    public bool CanRegisterCommands => !string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(ApplicationId);

    /// <summary>Decides the transport from raw settings, so service registration and validation agree.</summary>
    public static DiscordTransport? ResolveTransport(string? transport, string? botToken, string? publicKey) => transport?.Trim().ToUpperInvariant() switch
    {
        null or "" => !string.IsNullOrWhiteSpace(botToken) && string.IsNullOrWhiteSpace(publicKey) ? DiscordTransport.Gateway : DiscordTransport.Http,
        "HTTP" => DiscordTransport.Http,
        "GATEWAY" => DiscordTransport.Gateway,
        _ => null,
    };
}
