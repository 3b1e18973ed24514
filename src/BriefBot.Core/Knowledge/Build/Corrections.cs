namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Tells a revision from a contradiction: a claim is corrected when every telling of it is followed by a later
/// article from the same publisher that claims something else. Another publisher's word never corrects one.
/// </summary>
internal static class Corrections
{
    public static bool[] Corrected(IReadOnlyList<IReadOnlyList<(string? Publisher, DateOnly? Published)>> claims)
    {
        var corrected = new bool[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var others = claims.Where((_, j) => j != i).SelectMany(c => c).ToList();
            corrected[i] = claims[i].Count > 0 && claims[i].All(t => t.Publisher is not null && t.Published is { } told
                && others.Any(o => string.Equals(o.Publisher, t.Publisher, StringComparison.OrdinalIgnoreCase) && o.Published > told));
        }

        return corrected;
    }
}
