using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Makes Discord's command list equal <see cref="BriefBotCommands.All"/>: reads what is registered and bulk-overwrites
/// (shared/protocols/discord.md §2.1) only when something differs, so restarts do not spend the daily create limit.
/// Per guild when <c>Discord:GuildId</c> is set (instant), globally otherwise.
/// </summary>
internal sealed partial class CommandRegistrar(DiscordRestClient client, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task<RegistrationResult> RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.CanRegisterCommands)
        {
            throw new InvalidOperationException("Registering commands needs Discord:BotToken and Discord:ApplicationId (Discord__BotToken, Discord__ApplicationId).");
        }

        var applicationId = settings.ApplicationId!.Trim();
        var guildId = string.IsNullOrWhiteSpace(settings.GuildId) ? null : settings.GuildId.Trim();
        var scope = guildId is null ? "global" : $"guild {guildId}";

        var existing = await client.GetCommandsAsync(applicationId, guildId, cancellationToken);
        var wanted = BriefBotCommands.All;
        var byName = existing.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new RegistrationResult
        {
            Scope = scope,
            Created = [.. wanted.Where(w => !byName.ContainsKey(w.Name)).Select(w => w.Name)],
            Updated = [.. wanted.Where(w => byName.TryGetValue(w.Name, out var e) && e.Fingerprint() != w.Fingerprint()).Select(w => w.Name)],
            Unchanged = [.. wanted.Where(w => byName.TryGetValue(w.Name, out var e) && e.Fingerprint() == w.Fingerprint()).Select(w => w.Name)],
            Deleted = [.. existing.Select(e => e.Name).Where(n => wanted.All(w => w.Name != n)).Distinct(StringComparer.Ordinal)],
        };

        if (result.Created.Count + result.Updated.Count + result.Deleted.Count == 0 && existing.Count == wanted.Count)
        {
            Log.UpToDate(logger, scope);
            return result;
        }

        await client.OverwriteCommandsAsync(applicationId, guildId, wanted, cancellationToken);
        result = result with { WasSent = true };
        Log.Registered(logger, scope, result.Created.Count, result.Updated.Count, result.Deleted.Count);
        return result;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, EventName = "CommandsUpToDate", Level = LogLevel.Information, Message = "Discord commands already up to date ({Scope})")]
        public static partial void UpToDate(ILogger logger, string scope);

        [LoggerMessage(EventId = 2102, EventName = "CommandsRegistered", Level = LogLevel.Information, Message = "Discord commands registered ({Scope}): {Created} created, {Updated} updated, {Deleted} deleted")]
        public static partial void Registered(ILogger logger, string scope, int created, int updated, int deleted);
    }
}
