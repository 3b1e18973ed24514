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
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = verb != "serve";
            stop.Cancel();
        };

        try
        {
            return verb switch
            {
                "serve" => await ServeVerb.RunAsync(rest),
                "build" => await BuildVerb.RunAsync(rest, output, stop.Token),
                "ask" => await AskVerb.RunAsync(rest, output, stop.Token),
                "register" => await RegisterVerb.RunAsync(rest, output, stop.Token),
                "health" => await HealthVerb.RunAsync(rest, output, stop.Token),
                "dates" => DatesVerb.Run(rest, Console.In, output, error),
                "shelf" => await ShelfVerb.RunAsync(rest, output, stop.Token),
                _ => Usage.Fail($"Unknown verb '{verb}'."),
            };
        }
        catch (OptionsValidationException ex)
        {
            // Start-up fails fast with the settings to fix, never a stack trace.
            error.WriteLine("BriefBot cannot start: " + string.Join(" ", ex.Failures));
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException or InvalidDataException)
        {
            error.WriteLine($"BriefBot could not {verb}: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 130;
        }
    }
}
