using System.Net.Http.Headers;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.WebApi;

/// <summary>
/// The Web API calls BriefBot makes (shared/protocols/slack.md §3) and posts to response_url (§1.4), each through
/// <see cref="SendAsync"/>: bearer token for API methods only, <c>ok:false</c> surfaced as
/// <see cref="SlackApiException"/> by error name, 429 waits <c>Retry-After</c>, 5xx retried with backoff.
/// </summary>
internal sealed partial class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApiClient> logger)
{
    /// <summary>Where Slack's response_url values point (shared/protocols/slack.md §1.4).</summary>
    public const string SlackHooksHost = "hooks.slack.com";

    /// <summary>Where files.getUploadURLExternal's upload URLs point.</summary>
    public const string SlackFilesHost = "files.slack.com";

    public const string UserAgent = "BriefBot (+https://github.com/briefbot/briefbot)";

    /// <summary>The error a response_url off Slack's hosts fails with; nothing is posted to it.</summary>
    public const string UntrustedResponseUrl = "untrusted_response_url";

    /// <summary>Checks the token and learns the bot's own ids; run at start.</summary>
    public async Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("auth.test", null, cancellationToken);
        return new AuthTestResult(answer.TeamId, answer.Team, answer.UserId, answer.BotId, answer.Url);
    }

    /// <summary>Posts to a channel by id (scope chat:write; chat:write.public for public channels the bot has not joined).</summary>
    public async Task<PostedMessage> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(message);
        var answer = await CallAsync("chat.postMessage", new PostMessageRequest(channel, message.Text, message.Blocks), cancellationToken);
        return new PostedMessage(answer.Channel, answer.Ts);
    }

    /// <summary>
    /// Posts a message tagged with metadata, so the post can be recognised later. A 5xx is not retried here: the
    /// message may have been posted, and the caller's retry looks for it in the channel first.
    /// </summary>
    public async Task<PostedMessage> PostMessageAsync(string channel, SlackMessage message, MessageMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(message);
        var answer = await CallAsync("chat.postMessage", new PostMessageRequest(channel, message.Text, message.Blocks) { Metadata = metadata }, SlackToken.Bot, cancellationToken, retriesServerErrors: false);
        return new PostedMessage(answer.Channel, answer.Ts);
    }

    /// <summary>
    /// The channel's recent messages with their metadata (conversations.history, §3.3; scope channels:history).
    /// Returns (ts, metadata payload) pairs; messages without metadata have an empty payload.
    /// </summary>
    public async Task<IReadOnlyList<(string Ts, IReadOnlyDictionary<string, string> Payload)>> RecentMessagesAsync(string channel, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var answer = await CallAsync("conversations.history", new { channel, limit = Math.Clamp(limit, 1, 200), include_all_metadata = true }, cancellationToken);
        return [.. (answer.Messages ?? []).Select(m => (m.Ts ?? "", m.Metadata?.EventPayload ?? (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal)))];
    }

    public async Task<PostedMessage> PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentNullException.ThrowIfNull(message);
        var answer = await CallAsync("chat.postEphemeral", new PostEphemeralRequest(channel, user, message.Text, message.Blocks), cancellationToken);
        return new PostedMessage(channel, answer.MessageTs);
    }

    /// <summary>
    /// Posts a message to a command's or click's response_url: no token (the URL is the credential), up to five
    /// uses within 30 minutes (§1.4). The URL is never logged.
    /// </summary>
    public Task PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);

        // The URL comes from the request, so BriefBot would POST wherever a signed click says (SSRF): only
        // Slack's own hooks host, or the host of the configured API base (a fake Slack in tests), is trusted.
        if (!IsSlackHost(responseUrl))
        {
            throw new SlackApiException("response_url", UntrustedResponseUrl, null, ["response_url is not on hooks.slack.com."]);
        }

        return SendAsync(new SlackCall("response_url", responseUrl, SlackToken.None), message, cancellationToken);
    }

    /// <summary>
    /// Shares a file into a channel through Slack's external upload flow (scope files:write): an upload URL and file
    /// id from files.getUploadURLExternal, the bytes POSTed to that URL, then files.completeUploadExternal names the
    /// channel. The upload URL comes from Slack's answer, and is still only posted to on Slack's own files host.
    /// </summary>
    public async Task UploadFileAsync(string channel, ReplyAttachment file, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(file);
        var grant = await CallAsync("files.getUploadURLExternal", new { filename = file.FileName, length = file.Content.Length }, cancellationToken);
        if (!Uri.TryCreate(grant.UploadUrl, UriKind.Absolute, out var uploadUrl) || !IsSlackHost(uploadUrl, SlackFilesHost) || grant.FileId is not { Length: > 0 } fileId)
        {
            throw new SlackApiException("files.getUploadURLExternal", "untrusted_upload_url", null, ["The upload URL is not on files.slack.com."]);
        }

        await SendBytesAsync(new SlackCall("file upload", uploadUrl, SlackToken.None), file.Content, new MediaTypeHeaderValue(file.ContentType), cancellationToken);
        await CallAsync("files.completeUploadExternal", new { files = new[] { new { id = fileId, title = file.FileName } }, channel_id = channel }, cancellationToken);
    }

    /// <summary>
    /// apps.connections.open with the app-level token (shared/protocols/slack.md §5.1): a single-use WebSocket URL.
    /// The URL carries a ticket, so it is a credential and never logged.
    /// </summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        const string Method = "apps.connections.open";
        var answer = await CallAsync(Method, null, SlackToken.App, cancellationToken);
        return Uri.TryCreate(answer.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeWss || url.Scheme == Uri.UriSchemeWs)
            ? url
            : throw new SlackApiException(Method, "invalid_url", 200);
    }

    private bool IsSlackHost(Uri url, string host = SlackHooksHost)
    {
        var api = options.Value.ApiBaseUrl;
        return (url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort && string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase))
            || (url.Scheme == api.Scheme && string.Equals(url.Authority, api.Authority, StringComparison.OrdinalIgnoreCase));
    }

    private Task<SlackApiResponse> CallAsync(string method, object? body, CancellationToken cancellationToken) =>
        CallAsync(method, body, SlackToken.Bot, cancellationToken);

    private Task<SlackApiResponse> CallAsync(string method, object? body, SlackToken token, CancellationToken cancellationToken, bool retriesServerErrors = true)
    {
        var baseUrl = options.Value.ApiBaseUrl.AbsoluteUri;
        var url = new Uri((baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/") + method);
        return SendAsync(new SlackCall(method, url, token, retriesServerErrors), body ?? new { }, cancellationToken);
    }
}
