namespace BriefBot.Slack;

/// <summary>Slack settings, from the "Slack" section or <c>Slack__*</c> environment variables.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Slack's Web API base (shared/protocols/slack.md §3.1); tests point it at a fake.</summary>
    public static readonly Uri DefaultApiBaseUrl = new("https://slack.com/api");

    /// <summary>The app's Signing Secret (Basic Information → App Credentials); every HTTP request is checked with it. Not needed with <see cref="AppToken"/>.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// The app-level token, <c>xapp-…</c> with scope <c>connections:write</c> (Basic Information → App-Level Tokens).
    /// When set, commands and clicks arrive over Socket Mode (shared/protocols/slack.md §5): no public URL and no
    /// signing secret needed.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>The Bot User OAuth Token, <c>xoxb-…</c>: needed for the Web API (chat.postMessage, auth.test), not to answer commands.</summary>
    public string? BotToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The slash command that runs "who"; change it when the workspace already has a <c>/who</c>.</summary>
    public string WhoCommand { get; set; } = "/who";

    /// <summary>The slash command that runs "timeline".</summary>
    public string TimelineCommand { get; set; } = "/timeline";

    /// <summary>The slash command that runs "ask" (free-text questions answered with quotes).</summary>
    public string AskCommand { get; set; } = "/ask";

    /// <summary>The slash command for digests; configurable like the others.</summary>
    public string DigestCommand { get; set; } = "/digest";

    /// <summary>The slash command that fills the shelf (add a link, follow a feed, list, remove, status).</summary>
    public string ShelfCommand { get; set; } = "/shelf";

    /// <summary>Slack user ids (U… or W…) allowed to manage the bot in channels.</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>
    /// How long an answer may take before the request is acknowledged and the answer goes to response_url.
    /// Slack shows a timeout when no 200 arrives within 3 s (shared/protocols/slack.md §1.2).
    /// </summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Call auth.test at start to check the bot token (only when one is set).</summary>
    public bool CheckTokenOnStart { get; set; } = true;

    /// <summary>Whether commands arrive over Socket Mode rather than HTTP.</summary>
    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>Configured slash command → the neutral command name it runs.</summary>
    public IReadOnlyDictionary<string, string> CommandMap() => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [WhoCommand.Trim()] = "who",
        [TimelineCommand.Trim()] = "timeline",
        [DigestCommand.Trim()] = "digest",
        [ShelfCommand.Trim()] = "shelf",
        [AskCommand.Trim()] = "ask",
    };
}
