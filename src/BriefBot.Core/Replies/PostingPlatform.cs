namespace BriefBot.Core.Replies;

/// <summary>
/// Registered beside each <see cref="IChannelPublisher"/>, so settings can be checked against the platforms that
/// can post without building the publishers (which need those very settings).
/// </summary>
public sealed record PostingPlatform(string Name);
