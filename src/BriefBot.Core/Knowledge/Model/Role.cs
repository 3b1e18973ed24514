namespace BriefBot.Core.Knowledge.Model;

/// <summary>
/// A role as the text states it ("Iranian President", "then President", "Head of Department at the AIR Center").
/// <see cref="Qualifier"/> keeps the text's own time word (former, then, newly elected); <see cref="AsOf"/> is
/// the date the text places it at (the sentence's date, else the article's).
/// </summary>
public sealed record Role
{
    public required string Title { get; init; }

    /// <summary>The actor the role is of, where the text says ("Iranian" → iran).</summary>
    public string? OfActorId { get; init; }

    public string? Qualifier { get; init; }

    public PartialDate? AsOf { get; init; }

    public required Citation Citation { get; init; }
}
