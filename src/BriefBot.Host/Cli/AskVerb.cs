using System.Text.Json;
using BriefBot.Core;
using BriefBot.Core.Commands;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>ask "/who NAME"</c>: answers one command exactly as a chat user would read it (or as JSON), with the same
/// configuration and services as the running bot, so <c>/digest preview</c> and <c>/digest send</c> work too.
/// </summary>
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

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Knowledge:Directory"] = options.KnowledgeDirectory,
            ["Knowledge:DatabasePath"] = options.DatabasePath,
            ["Knowledge:WatchForChanges"] = "false",
        });
        if (options.StatePath is { } statePath)
        {
            builder.Configuration["Digests:StatePath"] = statePath;
        }

        if (options.OutboxDirectory is { } outbox)
        {
            builder.Configuration["Digests:OutboxDirectory"] = outbox;
        }

        builder.Logging.ClearProviders();
        builder.Services.AddBriefBotCore();
        builder.Services.AddDigests();
        using var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();

        var store = host.Services.GetRequiredService<KnowledgeStore>();
        await store.BuildAsync(cancellationToken);
        if (store.MovedAsideTo is { } aside)
        {
            await Console.Error.WriteLineAsync($"The knowledge base was unreadable; moved it to {aside} and rebuilt it.");
        }

        var state = host.Services.GetRequiredService<IBotState>();
        ConfiguredSubscriptions.Apply(state, host.Services.GetRequiredService<IOptions<DigestOptions>>().Value, TimeProvider.System.GetUtcNow().UtcDateTime);
        host.Services.GetRequiredService<DigestRunner>().ObserveShelf();

        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var reply = await dispatcher.DispatchAsync(CommandRequest.FromText(options.Positional[0]), cancellationToken);
        output.Write(options.Format == "json" ? JsonSerializer.Serialize(reply, KnowledgeJson.Indented) + "\n" : PlainTextRenderer.Render(reply));
        return 0;
    }
}
