namespace BriefBot.Host.Cli;

/// <summary>One place for the CLI's help text and its usage-error exit code.</summary>
internal static class Usage
{
    public const int ExitCode = 2;

    public const string Text = """
        BriefBot — a briefing bot for analyst teams.

        Usage: dotnet run --project src/BriefBot.Host -- [verb] [options]

          serve                               run the bot (default verb)
          build [--knowledge DIR] [--db PATH] build or refresh the knowledge base
          ask "/who NAME" [--format text|json] [--knowledge DIR] [--db PATH] [--state PATH] [--outbox DIR]
                                              also "/timeline 2026-03", "/digest preview", "/digest send"
          dates [--dct YYYY-MM-DD] [--jsonl] [TEXT]
          register                            register the Discord slash commands (needs Discord__BotToken)
          health [--url http://HOST:PORT]     exit 0 when a running BriefBot is ready (/readyz), 1 otherwise
          shelf add URL                       put one article page or PDF on the shelf
          shelf feed add URL [--every 30m] [--name NAME]
                                              follow an RSS/Atom feed and import its newest items now
          shelf poll | list | status | remove ID
                                              poll every feed once now; list feeds with their health; remove a feed
        """;

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Text);
        return ExitCode;
    }
}
