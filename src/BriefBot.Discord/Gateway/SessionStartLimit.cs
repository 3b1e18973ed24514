namespace BriefBot.Discord.Gateway;

/// <summary>
/// How many new sessions the bot may still start (§5.4: 1000 identifies a day; running out resets the token)
/// and how many may start together every 5 s.
/// </summary>
internal sealed record SessionStartLimit
{
    public int Total { get; init; } = 1000;

    public int Remaining { get; init; } = 1000;

    /// <summary>Milliseconds until <see cref="Remaining"/> goes back to <see cref="Total"/>.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}
