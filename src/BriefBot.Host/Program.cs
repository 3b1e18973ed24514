using BriefBot.Host.Cli;
using Microsoft.Extensions.Options;

namespace BriefBot.Host;

/// <summary>
/// The only executable. Verbs: <c>serve</c> (default), <c>build</c>, <c>ask</c>, <c>dates</c>, <c>register</c>, <c>health</c>.
/// Anything that starts with "-" is a serve option, so <c>dotnet run</c> and the test host both start the server.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs a verb; what goes wrong at start is one line on <paramref name="error"/> and exit code 1, never a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && Verbs.IsHelp(args[0]))
        {
            // `help` alone lists the verbs; `help VERB` is VERB --help.
            var about = args.Length > 1 ? Verbs.Find(args[1]) : null;
            output.Write(about is null ? Usage.Text : about.Help);
            return 0;
        }

        var named = args.Length > 0 && !args[0].StartsWith('-');
        var verb = Verbs.Find(named ? args[0] : Verbs.Default);
        if (verb is null)
        {
            return Usage.Fail($"Unknown verb '{args[0]}'.");
        }

        var rest = named ? args[1..] : args;
        if (rest.Any(a => a is "--help" or "-h"))
        {
            output.Write(verb.Help);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = verb.Name != Verbs.Default;
            stop.Cancel();
        };

        try
        {
            return await verb.RunAsync(new VerbContext(rest, Console.In, output, error, stop.Token));
        }
        catch (OptionsValidationException ex)
        {
            // Start-up fails fast with the settings to fix, never a stack trace.
            error.WriteLine("BriefBot cannot start: " + string.Join(" ", ex.Failures));
            return 1;
        }
        catch (InvalidOperationException ex) when (SettingError.TryDescribe(ex, out var line))
        {
            error.WriteLine("BriefBot cannot start: " + line);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException or Npgsql.NpgsqlException or InvalidDataException)
        {
            error.WriteLine($"BriefBot could not {verb.Name}: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 130;
        }
    }
}
