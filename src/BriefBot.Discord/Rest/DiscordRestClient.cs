using System.Text.Json;
using BriefBot.Core.Replies;
using BriefBot.Discord.Gateway;
using BriefBot.Discord.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Rest;

/// <summary>
/// The REST calls BriefBot makes (shared/protocols/discord.md §2.1, §3.1, §1.10), each through
/// <see cref="SendAsync"/>, which honours rate limits and retries what Discord says may be retried.
/// </summary>
internal sealed partial class DiscordRestClient(HttpClient http, RateLimitBuckets buckets, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
{
    /// <summary>Discord asks bots to identify as <c>DiscordBot (url, version)</c> (§4.1); others may be blocked.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/briefbot/briefbot, 1.0)";

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken)
    {
        var route = CommandsRoute(HttpMethod.Get, applicationId, guildId);
        return await SendAsync<List<ApplicationCommand>>(route, null, cancellationToken) ?? [];
    }

    /// <summary>Bulk overwrite: the given list becomes the whole set of commands in that scope.</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = CommandsRoute(HttpMethod.Put, applicationId, guildId);
        return await SendAsync<List<ApplicationCommand>>(route, commands, cancellationToken) ?? [];
    }

    /// <summary>Posts into a channel; returns the new message's id.</summary>
    public async Task<string?> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken)
    {
        var created = await SendAsync<JsonElement>(new DiscordRoute(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{Id(channelId)}/messages", channelId, UsesBotToken: true), message, cancellationToken);
        return created.ValueKind == JsonValueKind.Object && created.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>The channel's most recent messages, newest first (at most 100, §2.1).</summary>
    public async Task<IReadOnlyList<JsonElement>> GetRecentMessagesAsync(string channelId, int limit, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Get, "/channels/{channel_id}/messages", $"channels/{Id(channelId)}/messages?limit={Math.Clamp(limit, 1, 100)}", channelId, UsesBotToken: true);
        var messages = await SendAsync<JsonElement>(route, null, cancellationToken);
        return messages.ValueKind == JsonValueKind.Array ? [.. messages.EnumerateArray()] : [];
    }

    /// <summary>Edits the interaction's first response: the normal end of a deferred answer (§1.10).</summary>
    public Task EditOriginalResponseAsync(string applicationId, string interactionToken, DiscordMessage message, CancellationToken cancellationToken, ReplyAttachment? file = null) =>
        SendAsync<JsonElement>(
            Webhook(HttpMethod.Patch, "/messages/@original", applicationId, interactionToken, "/messages/@original"),
            file is null ? message : message with { Attachments = [new MessageAttachment(0, file.FileName)] },
            cancellationToken,
            file);

    public Task CreateFollowUpAsync(string applicationId, string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(Webhook(HttpMethod.Post, "", applicationId, interactionToken, ""), message, cancellationToken);

    /// <summary>Where to connect and how many shards and identifies are allowed (§5.1).</summary>
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync<GatewayBotInfo>(new DiscordRoute(HttpMethod.Get, "/gateway/bot", "gateway/bot", "gateway", UsesBotToken: true), null, cancellationToken)
        ?? throw new DiscordRestException(System.Net.HttpStatusCode.OK, null, "Discord answered GET /gateway/bot with no body.");

    /// <summary>
    /// The initial response to an interaction that did not come over HTTP (§1.7 "Callback endpoint"): the same
    /// JSON the HTTP endpoint would have returned. The token in the path authenticates it.
    /// </summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, byte[] responseJson, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            new DiscordRoute(
                HttpMethod.Post,
                "/interactions/{interaction_id}/{interaction_token}/callback",
                $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(interactionToken)}/callback",
                interactionId,
                UsesBotToken: false),
            responseJson,
            cancellationToken);

    private static DiscordRoute CommandsRoute(HttpMethod method, string applicationId, string? guildId) => guildId is { Length: > 0 }
        ? new DiscordRoute(method, "/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", guildId, UsesBotToken: true)
        : new DiscordRoute(method, "/applications/{application_id}/commands", $"applications/{Id(applicationId)}/commands", applicationId, UsesBotToken: true);

    /// <summary>Webhook routes carry the interaction token in the path; its rate limit is per token (§4.2).</summary>
    private static DiscordRoute Webhook(HttpMethod method, string templateTail, string applicationId, string token, string pathTail) => new(
        method,
        "/webhooks/{application_id}/{interaction_token}" + templateTail,
        $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}{pathTail}",
        applicationId + "/" + token,
        UsesBotToken: false);

    private static string Id(string id) => Snowflake.IsValid(id) ? id : throw new ArgumentException("Not a Discord id.", nameof(id));
}
