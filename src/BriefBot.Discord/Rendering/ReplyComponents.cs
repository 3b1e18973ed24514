using System.Globalization;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// Choices become a string select whose option values are command texts; paging becomes Previous/Next buttons
/// whose custom_id is the command text. A click re-runs that command, so no state is kept on the server.
/// A command longer than Discord's 100-character custom_id or value cannot be carried and is left out.
/// </summary>
internal static class ReplyComponents
{
    /// <summary>custom_id of the choice menu; the chosen command is the interaction's <c>values[0]</c>.</summary>
    public const string PickCustomId = "pick";

    /// <summary>Prefix of disabled placeholders; a click on one is impossible, but is answered politely anyway.</summary>
    public const string InertPrefix = "inert:";

    public static (IReadOnlyList<MessageComponent> Rows, IReadOnlyList<ReplyChoice> Uncarried) Build(Reply reply)
    {
        var rows = new List<MessageComponent>();
        var uncarried = new List<ReplyChoice>();
        if (reply.Choices.Count > 0)
        {
            var options = new List<SelectOption>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var choice in reply.Choices)
            {
                if (!Fits(choice.Command) || !seen.Add(choice.Command))
                {
                    if (!Fits(choice.Command))
                    {
                        uncarried.Add(choice);
                    }

                    continue;
                }

                if (options.Count < DiscordLimits.SelectOptions)
                {
                    var label = DiscordText.Plain(choice.Label, DiscordLimits.SelectOptionText);
                    options.Add(new SelectOption(
                        label.Length > 0 ? label : DiscordText.Plain(choice.Command, DiscordLimits.SelectOptionText),
                        choice.Command,
                        choice.Description is { Length: > 0 } d ? DiscordText.Plain(d, DiscordLimits.SelectOptionText) : null));
                }
            }

            if (options.Count > 0)
            {
                var hidden = reply.Choices.Count - options.Count - uncarried.Count;
                var placeholder = hidden > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Pick one ({hidden} more not listed: be more specific)")
                    : "Pick one";
                rows.Add(MessageComponent.Row(new MessageComponent
                {
                    Type = (int)ComponentType.StringSelect,
                    CustomId = PickCustomId,
                    Placeholder = DiscordText.Plain(placeholder, DiscordLimits.SelectPlaceholder),
                    Options = options,
                }));
            }
        }

        if (reply.Paging is { PageCount: > 1 } paging)
        {
            rows.Add(MessageComponent.Row(
                Button("◀ Previous", paging.PreviousCommand, "previous", ButtonStyle.Secondary),
                new MessageComponent
                {
                    Type = (int)ComponentType.Button,
                    Style = (int)ButtonStyle.Secondary,
                    Label = string.Create(CultureInfo.InvariantCulture, $"Page {paging.Page} of {paging.PageCount}"),
                    CustomId = InertPrefix + "page",
                    Disabled = true,
                },
                Button("Next ▶", paging.NextCommand, "next", ButtonStyle.Primary)));
        }

        return (rows, uncarried);
    }

    public static bool Fits(string? command) => command is { Length: > 0 and <= DiscordLimits.CustomId };

    private static MessageComponent Button(string label, string? command, string name, ButtonStyle style) => new()
    {
        Type = (int)ComponentType.Button,
        Style = (int)style,
        Label = label,
        CustomId = Fits(command) ? command : InertPrefix + name,
        Disabled = Fits(command) ? null : true,
    };
}
