using BriefBot.Core;
using BriefBot.Core.Commands.Shelf;
using BriefBot.Core.Digests;
using BriefBot.Core.Intake;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>shelf add URL | feed add URL [--every 30m] [--name NAME] | poll | list | remove ID | status</c>: fills the
/// shelf without chat, with the same configuration (feeds, allow-list, limits) and bot state as the running bot.
/// </summary>
internal static class ShelfVerb
{
    public const string UsageText = "shelf add URL | shelf feed add URL [--every 30m] [--name NAME] | shelf poll | shelf list | shelf remove ID | shelf status  (each with [--knowledge DIR] [--db PATH] [--state PATH])";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.ToList();
        var every = Take(rest, "--every");
        var name = Take(rest, "--name");
        var settings = TakeSettings(rest);
        if (!CliOptions.TryParse(rest, out var options, out var error))
        {
            return Usage.Fail(error);
        }

        TimeSpan? interval = null;
        if (every is not null)
        {
            if (!IntervalText.TryParse(every, out var parsed, out var intervalError))
            {
                return Usage.Fail(intervalError);
            }

            interval = parsed;
        }

        var words = options.Positional;
        using var host = Build(options, settings);
        var intake = host.Services.GetRequiredService<ShelfIntake>();
        var state = host.Services.GetRequiredService<IntakeState>();
        ConfiguredFeeds.Apply(intake, host.Services.GetRequiredService<IOptions<ShelfOptions>>().Value);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        switch (words)
        {
            case ["add", var url] when TryUrl(url, out var link):
                return Print(output, ShelfReplies.Outcome(await intake.AddLinkAsync(link, cancellationToken)));
            case ["feed", "add", var url] when TryUrl(url, out var feed):
                var (source, report) = await intake.AddFeedAsync(feed, interval, name, new ProgressBar(output), cancellationToken);
                return Print(output, ShelfReplies.Followed(source, report));
            case ["poll"]:
                return await PollAsync(intake, output, cancellationToken);
            case ["list"]:
                return Print(output, ShelfReplies.List(state.AllSources(), now));
            case ["status"]:
                return Print(output, ShelfReplies.Status(state.AllSources(), state.ItemCount, now));
            case ["remove", var id]:
                var command = host.Services.GetServices<Core.Commands.ICommandHandler>().OfType<ShelfCommand>().Single();
                return Print(output, await command.HandleAsync(Core.Commands.CommandRequest.FromText("/shelf remove " + id), cancellationToken));
            default:
                return Usage.Fail("Usage: " + UsageText);
        }
    }

    private static async Task<int> PollAsync(ShelfIntake intake, TextWriter output, CancellationToken cancellationToken)
    {
        var pdfs = intake.ImportDroppedPdfs(cancellationToken);
        foreach (var pdf in pdfs)
        {
            output.WriteLine(pdf.Message);
        }

        var reports = await intake.PollDueAsync(all: true, new ProgressBar(output), cancellationToken);
        foreach (var report in reports)
        {
            output.WriteLine(report.Succeeded ? $"{report.SourceId} {report.Message}: {ShelfReplies.Counts(report)}." : $"{report.SourceId} failed: {report.Message}");
        }

        if (reports.Count == 0 && pdfs.Count == 0)
        {
            output.WriteLine("No feeds to poll and no new PDFs. Follow one with: shelf feed add URL");
        }

        return reports.All(r => r.Succeeded) && pdfs.All(p => p.Kind != IntakeOutcomeKind.Failed) ? 0 : 1;
    }

    private static IHost Build(CliOptions options, Dictionary<string, string?> settings)
    {
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

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddBriefBotCore();
        builder.Services.AddDigests();
        builder.Services.AddShelfIntake();
        return builder.Build();
    }

    private static int Print(TextWriter output, Reply reply)
    {
        output.Write(PlainTextRenderer.Render(reply));
        return reply.Kind is ReplyKind.Answer ? 0 : 1;
    }

    private static string? Take(List<string> args, string flag)
    {
        var at = args.IndexOf(flag);
        if (at < 0)
        {
            return null;
        }

        var value = at + 1 < args.Count ? args[at + 1] : "";
        args.RemoveRange(at, Math.Min(2, args.Count - at));
        return value;
    }

    /// <summary>Shelf settings given on the command line (<c>--Shelf:AllowedHosts:0 127.0.0.1</c>), as the serve verb takes them.</summary>
    private static Dictionary<string, string?> TakeSettings(List<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var at = args.FindIndex(a => a.StartsWith("--Shelf:", StringComparison.OrdinalIgnoreCase)); at >= 0; at = args.FindIndex(a => a.StartsWith("--Shelf:", StringComparison.OrdinalIgnoreCase)))
        {
            settings[args[at][2..]] = at + 1 < args.Count ? args[at + 1] : "";
            args.RemoveRange(at, Math.Min(2, args.Count - at));
        }

        return settings;
    }

    private static bool TryUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";
}
