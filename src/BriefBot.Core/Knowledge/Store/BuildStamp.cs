namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// Which build made a base, and what it changed since the base it replaced: articles new or edited, articles
/// gone, events new or with a new source count. Lets bot state note a build in proportion to what changed.
/// <see cref="Changes"/> is null when the previous base could not tell (first build, or one from an older version).
/// </summary>
public sealed record BuildStamp(string Id, string? PreviousId, BuildChanges? Changes);
