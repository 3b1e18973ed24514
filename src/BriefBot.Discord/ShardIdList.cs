using System.Globalization;

namespace BriefBot.Discord;

/// <summary>Reads <c>Discord__ShardIds</c>: shard numbers separated by commas, each once.</summary>
internal static class ShardIdList
{
    public static bool TryParse(string? text, out IReadOnlyList<int> ids)
    {
        ids = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parsed = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || parsed.Contains(id))
            {
                return false;
            }

            parsed.Add(id);
        }

        ids = [.. parsed.Order()];
        return true;
    }
}
