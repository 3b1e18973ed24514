using System.Globalization;

namespace BriefBot.Discord;

/// <summary>Discord ids are 64-bit integers sent as JSON strings (shared/protocols/discord.md §6).</summary>
internal static class Snowflake
{
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= 20 }
        && value.All(char.IsAsciiDigit)
        && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && id > 0;
}
