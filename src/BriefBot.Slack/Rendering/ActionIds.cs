namespace BriefBot.Slack.Rendering;

/// <summary>
/// The buttons BriefBot puts in messages. Each carries the command text to re-run in its <c>value</c> (≤2000,
/// §4.3), so a click needs no server state; the action_id only says which kind of button it was.
/// </summary>
internal static class ActionIds
{
    public const string Prefix = "briefbot:";
    public const string Choice = Prefix + "choice:";
    public const string Previous = Prefix + "page:previous";
    public const string Next = Prefix + "page:next";

    public static bool Carries(string? command) => command is { Length: > 1 and <= SlackLimits.ButtonValue } && command.StartsWith('/');
}
