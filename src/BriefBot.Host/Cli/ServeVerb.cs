using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary>Runs the hosted worker and its HTTP endpoints until stopped.</summary>
internal static class ServeVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = BriefBotApp.Build(args);

        // Validate settings before the host starts, so a bad setting is one line (Program prints it), not a logged stack trace.
        app.Services.GetService<IStartupValidator>()?.Validate();

        // Open the bot state now: a corrupt state.db is then Program's one line, not the host's logged stack trace.
        _ = app.Services.GetRequiredService<BriefBot.Core.State.IBotState>();
        ListenUrls.EnsurePortsFree(app.Configuration);
        await app.RunAsync();
        return 0;
    }
}
