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
            return Usage.Fail("ask takes one quoted command, e.g. ask \"/who NAME\".");
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        LoggingSettings.Check(builder.Configuration);
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
        var request = CommandRequest.FromText(options.Positional[0]);
        if (!IsDigest(request) && !string.Equals(builder.Configuration["State:Provider"], "postgres", StringComparison.OrdinalIgnoreCase))
        {
            // Only /digest needs the bot state: the others answer even when data/ is read-only.
            builder.Services.AddSingleton<IBotState>(services => StateOrNone(services.GetRequiredService<IOptions<DigestOptions>>()));
        }

        builder.Services.AddBriefBotCore();
        builder.Services.AddDigests();
        using var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();

        var store = host.Services.GetRequiredService<KnowledgeStore>();
        try
        {
            await store.BuildAsync(cancellationToken);
        }
        catch (Exception ex) when (store.IsLoaded && ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            // A base that can be read still answers; say once why it is not the latest.
            await Console.Error.WriteLineAsync($"The knowledge base could not be refreshed ({ex.Message.TrimEnd('.')}); answering from the one at {store.DatabasePath}.");
        }

        if (store.MovedAsideTo is { } aside)
        {
            await Console.Error.WriteLineAsync($"The knowledge base was unreadable; moved it to {aside} and rebuilt it.");
        }

        var state = host.Services.GetRequiredService<IBotState>();
        try
        {
            ConfiguredSubscriptions.Apply(state, host.Services.GetRequiredService<IOptions<DigestOptions>>().Value, TimeProvider.System.GetUtcNow().UtcDateTime);
            host.Services.GetRequiredService<DigestRunner>().ObserveShelf();
        }
        catch (Exception ex) when (!IsDigest(request) && ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            // Noting the shelf for digests is a courtesy here; a state file that cannot be written must not stop /who.
            await Console.Error.WriteLineAsync($"The bot state could not be updated ({ex.Message.TrimEnd('.')}); answering without it.");
        }

        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var reply = await dispatcher.DispatchAsync(request, cancellationToken);
        output.Write(options.Format == "json" ? JsonSerializer.Serialize(reply, KnowledgeJson.Indented) + "\n" : PlainTextRenderer.Render(reply));
        if (reply.Attachment is { } file)
        {
            var saved = await AttachmentFiles.SaveAsync(host.Services.GetRequiredService<IOptions<DigestOptions>>().Value.OutboxDirectory, file, cancellationToken);
            await Console.Error.WriteLineAsync($"Attached file written to {saved}");
        }

        return 0;
    }

    private static bool IsDigest(CommandRequest request) => string.Equals(request.Command, "digest", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bot state, or an empty one in memory when its file cannot be opened (a read-only data folder).</summary>
    private static LiteDbBotState StateOrNone(IOptions<DigestOptions> options)
    {
        try
        {
            return new LiteDbBotState(options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            Console.Error.WriteLine($"The bot state cannot be opened ({ex.Message.TrimEnd('.')}); answering without it.");
            return LiteDbBotState.InMemory();
        }
    }
}
