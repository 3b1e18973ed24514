using System.Numerics;
using BriefBot.Core.Commands;
using BriefBot.Discord.Rest;

namespace BriefBot.Discord.Interactions;

/// <summary>Turns an interaction into the neutral <see cref="CommandRequest"/> every platform feeds the dispatcher.</summary>
internal static class CommandRequestReader
{
    /// <summary>MANAGE_CHANNELS, 1 &lt;&lt; 4, in the member's permission bitset.</summary>
    private static readonly BigInteger ManageChannels = BigInteger.One << 4;

    /// <summary>
    /// A slash command: options by name, and <c>Text</c> as the values joined with a space in the order the
    /// command declares its options (so "/timeline period:2026-03 actor:Iran" reads "2026-03 Iran").
    /// </summary>
    public static CommandRequest? FromCommand(InteractionPayload payload)
    {
        if (payload.Data?.Name is not { Length: > 0 } name)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in Leaves(payload.Data.Options))
        {
            options.TryAdd(option.Name, option.ValueText.Trim());
        }

        var order = BriefBotCommands.OptionOrder(name);
        var ordered = order.Where(options.ContainsKey).Concat(options.Keys.Where(k => !order.Contains(k, StringComparer.Ordinal)));
        var text = string.Join(' ', ordered.Select(k => options[k]).Where(v => v.Length > 0));
        return WithRequester(new CommandRequest { Command = name.ToLowerInvariant(), Text = text, Options = options, Platform = Platform.Discord }, payload);
    }

    /// <summary>A component click re-runs the command text carried by the button or menu option.</summary>
    public static CommandRequest FromCommandText(string commandText, InteractionPayload payload) =>
        WithRequester(CommandRequest.FromText(commandText, Platform.Discord), payload);

    /// <summary>The option being typed in an autocomplete interaction, wherever it is nested.</summary>
    public static InteractionDataOption? Focused(IReadOnlyList<InteractionDataOption?>? options) =>
        Leaves(options).FirstOrDefault(o => o.Focused);

    private static CommandRequest WithRequester(CommandRequest request, InteractionPayload payload) => request with
    {
        UserId = payload.Invoker?.Id,
        ChannelId = payload.ChannelId,
        TeamId = payload.GuildId,
        CanManageChannel = payload.Member?.Permissions is { } permissions
            && BigInteger.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
            && (bits & ManageChannels) != 0,
    };

    /// <summary>
    /// Values, descending into SUB_COMMAND and SUB_COMMAND_GROUP entries (§1.5). Entries Discord never sends
    /// (<c>null</c>, or without a name) are skipped: a signed payload is trusted to be Discord's, not to be well formed.
    /// </summary>
    private static IEnumerable<InteractionDataOption> Leaves(IReadOnlyList<InteractionDataOption?>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option?.Name is null)
            {
                continue;
            }

            if (option.Options is { Count: > 0 } nested)
            {
                foreach (var leaf in Leaves(nested))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return option;
            }
        }
    }
}
