namespace BriefBot.Core.Commands;

/// <summary>
/// A platform-neutral command: what every adapter (Discord HTTP or Gateway, Slack HTTP or Socket Mode, the CLI)
/// turns its wire format into before calling <see cref="CommandDispatcher"/>.
/// </summary>
public sealed record CommandRequest
{
    /// <summary>Command name without the slash, lower case: "who", "timeline".</summary>
    public required string Command { get; init; }

    /// <summary>The argument text as typed ("Pezeshkian", "2026-03 Iran").</summary>
    public string Text { get; init; } = "";

    /// <summary>Named options where the platform has them (Discord's "period", "actor"); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public Platform Platform { get; init; } = Platform.Cli;

    public string? UserId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>The workspace or guild, where the platform has one.</summary>
    public string? TeamId { get; init; }

    /// <summary>Whether the requester may manage the channel (Discord MANAGE_CHANNELS, Slack admin list).</summary>
    public bool CanManageChannel { get; init; }

    /// <summary>Parses "/who Pezeshkian" or "who Pezeshkian" into a request.</summary>
    public static CommandRequest FromText(string line, Platform platform = Platform.Cli)
    {
        var trimmed = line.Trim().TrimStart('/');
        var space = trimmed.IndexOfAny([' ', '\t']);
        var command = space < 0 ? trimmed : trimmed[..space];
        var text = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new CommandRequest { Command = command.ToLowerInvariant(), Text = text, Platform = platform };
    }
}
