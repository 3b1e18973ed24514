namespace BriefBot.Host.Cli;

/// <summary>Runs the hosted worker and its HTTP endpoints until stopped.</summary>
internal static class ServeVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = BriefBotApp.Build(args);
        await app.RunAsync();
        return 0;
    }
}
