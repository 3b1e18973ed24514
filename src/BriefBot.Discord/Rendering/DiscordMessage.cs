namespace BriefBot.Discord.Rendering;

/// <summary>
/// A message body as Discord takes it on interaction responses, webhook edits and channel posts (§3.1).
/// <see cref="AllowedMentions"/> is never null: nothing BriefBot sends can ping (§3.3).
/// </summary>
internal sealed record DiscordMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<MessageComponent> Components { get; init; } = [];

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, a repeat of the same nonce returns the first message instead of posting twice (§3.1).</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    /// <summary>The files sent with the message as multipart parts <c>files[n]</c>, each named here by its index (§3.1).</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }
}

/// <summary>One entry of a message's <c>attachments</c>: <see cref="Id"/> is the n of its <c>files[n]</c> part.</summary>
internal sealed record MessageAttachment(int Id, string Filename);
