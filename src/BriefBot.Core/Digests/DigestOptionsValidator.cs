using BriefBot.Core.Replies;
using BriefBot.Core.Settings;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Checks configured subscriptions before the host starts, naming each problem with the setting to fix:
/// a schedule that cannot be read, an empty channel, a platform that is unknown or cannot post here.
/// </summary>
internal sealed class DigestOptionsValidator(IEnumerable<PostingPlatform> platforms) : IValidateOptions<DigestOptions>
{
    private static readonly string[] KnownPlatforms = ["outbox", "discord", "slack"];

    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        PathSettings.File("Digests:StatePath", options.StatePath, "data/state.db", failures);
        PathSettings.Folder("Digests:OutboxDirectory", options.OutboxDirectory, "data/outbox", failures);

        var posting = platforms.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Subscriptions.Count; i++)
        {
            var settings = options.Subscriptions[i];
            var key = FormattableString.Invariant($"Digests:Subscriptions:{i}");
            if (!KnownPlatforms.Contains(settings.Platform, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{SettingName.Of(key + ":Platform")} is “{settings.Platform}”: use outbox, discord or slack.");
            }
            else if (!posting.Contains(settings.Platform))
            {
                var token = settings.Platform.Equals("discord", StringComparison.OrdinalIgnoreCase) ? "Discord__BotToken" : "Slack__BotToken";
                failures.Add($"{SettingName.Of(key + ":Platform")} delivers to {settings.Platform.ToLowerInvariant()}, which cannot post here: set {token}.");
            }

            if (string.IsNullOrWhiteSpace(settings.Channel))
            {
                failures.Add($"{SettingName.Of(key + ":Channel")} is empty: give the channel id (or an outbox folder name).");
            }

            if (!DigestScheduleParser.TryParse(settings.Schedule, out _, out var error))
            {
                failures.Add($"{SettingName.Of(key + ":Schedule")}: {error}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
