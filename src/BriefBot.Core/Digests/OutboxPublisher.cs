using System.Text;
using System.Text.Json;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Knowledge.Text;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Delivers to local files, <c>data/outbox/{channel}/{digest}.md</c> and <c>.json</c>: the embedded default,
/// so a newcomer sees digests without any chat account. Writing is idempotent per key.
/// </summary>
public sealed class OutboxPublisher : IChannelPublisher
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IOptions<DigestOptions> _options;

    /// <summary>Created once per process: the start is when a crash's half-written temporary files are cleared.</summary>
    public OutboxPublisher(IOptions<DigestOptions> options)
    {
        _options = options;
        RemoveLeftovers();
    }

    public string Platform => "outbox";

    public string Directory => Path.GetFullPath(_options.Value.OutboxDirectory);

    /// <summary>
    /// A kill between writing a temporary file and moving it leaves <c>*.json.tmp</c> / <c>*.md.tmp</c>; the digest
    /// they belong to is still pending and is written again, so they are only clutter.
    /// </summary>
    public void RemoveLeftovers()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var leftover in System.IO.Directory.EnumerateFiles(Directory, "*.tmp", SearchOption.AllDirectories))
        {
            File.Delete(leftover);
        }
    }

    public async Task<PublishResult> PublishAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (markdown, json) = Paths(message.Channel, message.IdempotencyKey);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(markdown)!);

        // Write to temporary names and move, so a crash never leaves a half-written digest that looks sent.
        // No byte-order mark: JSON readers such as Python's json.load reject one (RFC 8259 §8.1).
        await File.WriteAllTextAsync(json + ".tmp", JsonSerializer.Serialize(message.Reply, KnowledgeJson.Indented), Utf8WithoutMark, cancellationToken);
        await File.WriteAllTextAsync(markdown + ".tmp", PlainTextRenderer.Render(message.Reply), Utf8WithoutMark, cancellationToken);
        File.Move(json + ".tmp", json, overwrite: true);
        File.Move(markdown + ".tmp", markdown, overwrite: true);
        return new PublishResult([markdown]);
    }

    public Task<PublishResult?> FindAsync(string channel, string idempotencyKey, CancellationToken cancellationToken)
    {
        var (markdown, _) = Paths(channel, idempotencyKey);
        return Task.FromResult(File.Exists(markdown) ? new PublishResult([markdown]) : null);
    }

    private (string Markdown, string Json) Paths(string channel, string key)
    {
        var folder = Path.Combine(Directory, Safe(channel));
        var name = Safe(key);
        return (Path.Combine(folder, name + ".md"), Path.Combine(folder, name + ".json"));
    }

    private static string Safe(string text)
    {
        var slug = TextFolding.Slug(text.Replace(':', '-').Replace('@', '-'));
        return slug.Length == 0 ? "default" : slug;
    }
}
