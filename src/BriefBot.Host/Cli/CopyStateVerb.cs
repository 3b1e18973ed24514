using BriefBot.Core.Digests;
using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>copy-state [--from PATH] [--to CONNECTION]</c>: copies the LiteDB bot state file into an empty PostgreSQL
/// database, for the move from one process to several replicas. The connection string defaults to
/// State__ConnectionString, so a password need not appear on a command line; it is never printed.
/// </summary>
internal static class CopyStateVerb
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? from = null, to = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length && args[i + 1].Length > 0:
                    from = args[++i];
                    break;
                case "--to" when i + 1 < args.Length && args[i + 1].Length > 0:
                    to = args[++i];
                    break;
                default:
                    return Usage.Fail("copy-state takes --from PATH (the LiteDB state file) and --to CONNECTION (or State__ConnectionString).");
            }
        }

        // The same configuration as `serve` (appsettings.json, then Section__Key variables), so the verb finds the
        // file and the database the bot uses.
        var configuration = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory }).Configuration;
        from ??= configuration["Digests:StatePath"] ?? new DigestOptions().StatePath;
        to ??= configuration["State:ConnectionString"];
        if (string.IsNullOrWhiteSpace(to))
        {
            return Usage.Fail("copy-state needs the PostgreSQL connection string: set State__ConnectionString (or give --to).");
        }

        if (!File.Exists(from))
        {
            error.WriteLine($"There is no bot state file at {Path.GetFullPath(from)}; give its path with --from.");
            return 1;
        }

        try
        {
            using var source = new LiteDbBotState(Options.Create(new DigestOptions { StatePath = from }));
            using var target = PostgresBotState.Open(to);
            var copied = BotStateCopy.Copy(source, target);
            output.WriteLine($"Copied {Path.GetFullPath(from)} to PostgreSQL: {copied.Subscriptions} subscriptions, {copied.Digests} digests, {copied.Articles} articles, {copied.Events} events, {copied.IntakeDocuments} feed records.");
            output.WriteLine("Start the replicas with State__Provider=postgres and the same State__ConnectionString; keep the file as a backup.");
            return 0;
        }
        catch (IOException ex)
        {
            error.WriteLine($"Could not open {Path.GetFullPath(from)}: {ex.Message} Stop BriefBot before copying its state.");
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine($"Nothing copied: {ex.Message}");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or InvalidDataException)
        {
            // Npgsql's messages name the host and the failure, not the password.
            error.WriteLine($"Nothing copied: {ex.Message}");
        }

        return 1;
    }
}
