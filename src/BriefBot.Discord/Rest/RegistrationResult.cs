namespace BriefBot.Discord.Rest;

/// <summary>What a registration changed; <see cref="WasSent"/> is false when Discord already had these definitions.</summary>
public sealed record RegistrationResult
{
    /// <summary>"global" or "guild 123…".</summary>
    public required string Scope { get; init; }

    public IReadOnlyList<string> Created { get; init; } = [];

    public IReadOnlyList<string> Updated { get; init; } = [];

    public IReadOnlyList<string> Deleted { get; init; } = [];

    public IReadOnlyList<string> Unchanged { get; init; } = [];

    public bool WasSent { get; init; }

    public override string ToString()
    {
        static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names.Select(n => "/" + n));
        return WasSent
            ? $"Commands registered ({Scope}): created {List(Created)}; updated {List(Updated)}; deleted {List(Deleted)}; unchanged {List(Unchanged)}."
            : $"Commands already up to date ({Scope}): {List(Unchanged)}.";
    }
}
