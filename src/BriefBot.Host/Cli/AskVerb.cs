using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Who;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Host.Cli;

/// <summary><c>ask "/who NAME"</c>: answers one command exactly as a chat user would read it (or as JSON).</summary>
internal static class AskVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, out var options, out var error))
        {
            return Usage.Fail(error);
        }

        if (options.Positional.Count != 1 || string.IsNullOrWhiteSpace(options.Positional[0]))
        {
            return Usage.Fail("ask takes one quoted command, e.g. ask \"/who Erdogan\".");
        }

        using var store = BuildVerb.OpenStore(options);
        await store.BuildAsync(cancellationToken);
        var dispatcher = new CommandDispatcher([new WhoCommand(store), new TimelineCommand(store)], NullLogger<CommandDispatcher>.Instance);
        var reply = await dispatcher.DispatchAsync(CommandRequest.FromText(options.Positional[0]), cancellationToken);
        output.Write(options.Format == "json" ? JsonSerializer.Serialize(reply, KnowledgeJson.Indented) + "\n" : PlainTextRenderer.Render(reply));
        return 0;
    }
}
