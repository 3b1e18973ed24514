namespace BriefBot.Discord.Rest;

/// <summary>
/// One REST call: <see cref="Template"/> names it in logs (never the path, which may hold an interaction token);
/// <see cref="TopLevelId"/> separates rate limits per channel, guild or webhook (shared/protocols/discord.md §4.2).
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string TopLevelId, bool UsesBotToken)
{
    public string Key => $"{Method.Method} {Template}";

    public override string ToString() => Key;
}
