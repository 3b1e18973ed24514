using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Discord;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rendering;
using BriefBot.Host;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Benchmarks.Load;

/// <summary>
/// <c>profile [--shelf DIR] [--count N] [--name NAME]</c>: the host's own services (BriefBotApp, its logging
/// included), no sockets: times each step of a signed /who from the endpoint's view, N times each, one thread.
/// Tells where the time of a request goes that the HTTP load test only shows in total. CPU time (the whole
/// process: logging and GC threads included) is printed beside wall time, which a shared machine inflates.
/// </summary>
internal static class PathProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var shelf = Shelves.ShelfVerb.Option(args, "--shelf") ?? RepositoryPaths.Knowledge;
        var count = int.Parse(Shelves.ShelfVerb.Option(args, "--count") ?? "5000", CultureInfo.InvariantCulture);
        var name = Shelves.ShelfVerb.Option(args, "--name") ?? "Pezeshkian";
        var temp = Directory.CreateTempSubdirectory("briefbot-profile-").FullName;
        using var key = SignVerb.TestKey();
        await using var app = BriefBotApp.Build(
        [
            "--Discord:Transport=http", "--Discord:PublicKey=" + SignVerb.PublicKeyHex(key), "--Discord:ApplicationId=" + SignVerb.ApplicationId,
            "--Knowledge:Directory=" + shelf, "--Knowledge:DatabasePath=" + Path.Combine(temp, "knowledge.db"), "--Knowledge:WatchForChanges=false",
            "--Digests:StatePath=" + Path.Combine(temp, "state.db"), "--Digests:OutboxDirectory=" + Path.Combine(temp, "outbox"),
        ]);
        var services = app.Services;
        var store = services.GetRequiredService<KnowledgeStore>();
        var built = Stopwatch.StartNew();
        await store.BuildAsync(CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant($"knowledge base: {store.Read(r => r.ArticleCount)} articles in {built.Elapsed.TotalSeconds:F1} s"));

        var handler = services.GetRequiredService<InteractionHandler>();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var renderer = services.GetRequiredService<DiscordReplyRenderer>();
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var requests = Enumerable.Range(0, count * 2).Select(i =>
        {
            var body = SignVerb.Body(1_000_000_000_000_000 + i, "who", "name", name);
            return (Body: Encoding.UTF8.GetBytes(body), Signature: SignVerb.Sign(key, timestamp, body));
        }).ToArray();
        var payload = JsonSerializer.Deserialize<InteractionPayload>(requests[0].Body, DiscordJson.Options)!;
        var request = CommandRequestReader.FromCommand(payload)!;
        var reply = await dispatcher.DispatchAsync(request, CancellationToken.None);
        var verifier = services.GetRequiredService<Ed25519SignatureVerifier>();

        var next = 0;
        await TimeAsync("whole handler (signed /who)", count, async () => await handler.HandleAsync(requests[next++].Body, requests[next - 1].Signature, timestamp, CancellationToken.None));
        next = count;
        await TimeAsync("signature check", count, () => { verifier.IsValid(requests[next].Signature, timestamp, requests[next++].Body); return Task.CompletedTask; });
        await TimeAsync("payload JSON", count, () => { JsonSerializer.Deserialize<InteractionPayload>(requests[0].Body, DiscordJson.Options); return Task.CompletedTask; });
        await TimeAsync("dispatcher (/who, decorators)", count, async () => await dispatcher.DispatchAsync(request, CancellationToken.None));
        await TimeAsync("store read (/who card only)", count, async () => await services.GetServices<ICommandHandler>().First(h => h.Name == "who").HandleAsync(request, CancellationToken.None));
        var actorId = store.Read(r => Core.Commands.Who.ActorMatcher.Match(r.Index, name).Actor!.Id);
        var articleId = store.Read(r => r.GetActor(actorId)!.ArticleIds[0]);
        await TimeAsync("  actor match", count, () => { store.Read(r => Core.Commands.Who.ActorMatcher.Match(r.Index, name)); return Task.CompletedTask; });
        await TimeAsync("  actor by id", count, () => { store.Read(r => r.GetActor(actorId)); return Task.CompletedTask; });
        await TimeAsync("  article by id", count, () => { store.Read(r => r.GetArticle(articleId)); return Task.CompletedTask; });
        await TimeAsync("  bot state: subscription", count, () => { services.GetRequiredService<Core.State.IBotState>().GetSubscription("discord:333333333333333333"); return Task.CompletedTask; });
        await TimeAsync("renderer", count, () => { renderer.Render(reply); return Task.CompletedTask; });
        await TimeAsync("response JSON", count, () => { InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.ChannelMessageWithSource, renderer.Render(reply))); return Task.CompletedTask; });
        Directory.Delete(temp, recursive: true);
        return 0;
    }

    private static async Task TimeAsync(string what, int count, Func<Task> step)
    {
        for (var i = 0; i < Math.Min(200, count / 10); i++)
        {
            await step();
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count - Math.Min(200, count / 10); i++)
        {
            await step();
        }

        var n = count - Math.Min(200, count / 10);
        var wall = stopwatch.Elapsed.TotalMicroseconds / n;
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalMicroseconds / n;
        Console.WriteLine(FormattableString.Invariant($"{what,-34} {wall,9:F1} µs wall {used,9:F1} µs CPU {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / n,8:N0} B"));
    }
}
