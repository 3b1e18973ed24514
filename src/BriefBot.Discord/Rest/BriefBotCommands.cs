using BriefBot.Core.Commands.Ask;
using BriefBot.Core.Commands.Digest;
using BriefBot.Core.Commands.Shelf;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Who;

namespace BriefBot.Discord.Rest;

/// <summary>
/// The slash commands BriefBot registers. Option names are the Core handlers' option names; their declared order
/// is the order in which option values are joined into <c>CommandRequest.Text</c>.
/// </summary>
internal static class BriefBotCommands
{
    private const int StringOption = 3;
    private const int MaxOptionLength = 100;
    private const int MaxQuestionLength = 300;

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = "who",
            Description = "Who is this? A briefing card on a person, state or organisation from the articles",
            Type = 1,
            Options =
            [
                Text(WhoCommand.NameOption, "A name: person, state or organisation", required: true),
                Chart(WhoCommand.ChartOption, "Attach a picture of the actors it shares events with"),
            ],
        },
        new()
        {
            Name = "timeline",
            Description = "What happened in a period, oldest first",
            Type = 1,
            Options =
            [
                Text(TimelineCommand.PeriodOption, "A day, month, year, decade or range: 2026-03, 2026, 1990s", required: true),
                Text(TimelineCommand.ActorOption, "Only events involving this actor", required: false),
                new ApplicationCommandOption
                {
                    Type = StringOption,
                    Name = TimelineCommand.ExportOption,
                    Description = "Attach the timeline as a file: a calendar, a spreadsheet or JSON",
                    Required = false,
                    Choices = [new("calendar (.ics)", "ics"), new("spreadsheet (.csv)", "csv"), new("JSON (.json)", "json")],
                },
                Chart(TimelineCommand.ChartOption, "Attach a picture of the events on a time axis"),
            ],
        },
        new()
        {
            Name = "digest",
            Description = "This channel's weekly digest: subscribe, list, preview, send or unsubscribe",
            Type = 1,
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = StringOption,
                    Name = DigestCommand.ActionOption,
                    Description = "What to do",
                    Required = true,
                    Choices = [.. new[] { "subscribe", "list", "preview", "send", "unsubscribe" }.Select(a => new ApplicationCommandOptionChoice(a, a))],
                },
                Text(DigestCommand.ScheduleOption, "When: monday 09:00 Europe/Berlin, daily 08:30 UTC, or cron …", required: false),
                Text(DigestCommand.ActorsOption, "Only news about these actors, comma-separated", required: false),
            ],
        },
        new()
        {
            Name = "shelf",
            Description = "Fill the shelf: add a link, follow a feed, list, remove or see the status",
            Type = 1,
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = StringOption,
                    Name = ShelfCommand.ActionOption,
                    Description = "What to do",
                    Required = true,
                    Choices = [.. new[] { "add", "feed", "list", "remove", "status" }.Select(a => new ApplicationCommandOptionChoice(a, a))],
                },
                new ApplicationCommandOption
                {
                    Type = StringOption,
                    Name = ShelfCommand.TargetOption,
                    Description = "add: page or PDF URL; feed: feed URL [30m]; remove: feed id",
                    Required = false,
                    MaxLength = 1000,
                },
            ],
        },
        new()
        {
            Name = "ask",
            Description = "Ask a question; answered with the articles' own sentences, quoted, with sources",
            Type = 1,
            Options =
            [
                new ApplicationCommandOption
                {
                    Type = StringOption,
                    Name = AskCommand.QuestionOption,
                    Description = "Your question, in your own words, e.g. what did an actor say about an event?",
                    Required = true,
                    MaxLength = MaxQuestionLength,
                },
            ],
        },
    ];

    /// <summary>Option names of <paramref name="command"/> in declared order; empty for an unknown command.</summary>
    public static IReadOnlyList<string> OptionOrder(string command) =>
        All.FirstOrDefault(c => string.Equals(c.Name, command, StringComparison.OrdinalIgnoreCase))?.Options?.Select(o => o.Name).ToList() ?? [];

    /// <summary>The picture option: one choice, PNG, so Discord shows it as a switch-like pick.</summary>
    private static ApplicationCommandOption Chart(string name, string description) => new()
    {
        Type = StringOption,
        Name = name,
        Description = description,
        Required = false,
        Choices = [new("picture (.png)", Core.Charts.ChartToken.Png)],
    };

    private static ApplicationCommandOption Text(string name, string description, bool required) => new()
    {
        Type = StringOption,
        Name = name,
        Description = description,
        Required = required,
        Autocomplete = true,
        MaxLength = MaxOptionLength,
    };
}
