using BriefBot.Core;
using BriefBot.Core.Digests;
using BriefBot.Discord;
using BriefBot.Host.Endpoints;
using BriefBot.Host.Jobs;
using BriefBot.Host.Knowledge;
using BriefBot.Slack;

namespace BriefBot.Host;

/// <summary>Composition of the web host: what runs and which routes exist. Tests build it too, on 127.0.0.1:0.</summary>
public static class BriefBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Embedded defaults (appsettings.json beside the binary) apply wherever `dotnet run` is started from;
        // relative data paths still resolve against the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // An unknown log level or console formatter is one line, before any logger could crash on it.
        LoggingSettings.Check(builder.Configuration);

        // --urls, Urls, ASPNETCORE_URLS in that order, else 127.0.0.1:5080; an unreadable URL stops the start.
        ListenUrls.Apply(builder);

        // Under systemd (deploy/briefbot.service): readiness notification and journald-friendly logs; a no-op elsewhere.
        builder.Host.UseSystemd();

        // Knowledge base and the platform-neutral commands every adapter feeds.
        builder.Services.AddBriefBotCore();
        builder.Services.AddHostedService<KnowledgeHostedService>();

        // Digests: bot state in its own file (or PostgreSQL for replicas), Quartz triggers per subscription, the local outbox by default.
        builder.Services.AddDigests();
        builder.Services.AddDigestScheduling(builder.Configuration);

        // Shelf intake: feeds polled on Quartz, links and PDFs turned into Markdown articles on the shelf.
        builder.Services.AddShelfPolling();

        // Discord over HTTP interactions; off, and said so once, when no Discord settings are present.
        builder.Services.AddDiscord(builder.Configuration);

        // Slack slash commands and buttons over HTTP and/or Socket Mode; off, and said so once, when no Slack settings are present.
        builder.Services.AddSlack(builder.Configuration);

        // Slow answers are in bot state; each replica finishes those whose replica died (or, on LiteDB, its own before a restart).
        builder.Services.AddHostedService<Replies.DeferredAnswerSweep>();

        // Problem details give 4xx answers a stable, stack-trace-free shape.
        builder.Services.AddProblemDetails();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        app.MapDiscordInteractions();
        app.MapSlackCommands();
        return app;
    }
}
