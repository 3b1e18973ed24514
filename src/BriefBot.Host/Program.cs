using BriefBot.Host.Cli;

namespace BriefBot.Host;

/// <summary>
/// The only executable. Verbs: <c>serve</c> (default), <c>build</c>, <c>ask</c>, <c>dates</c>, <c>register</c>.
/// Anything that starts with "-" is a serve option, so <c>dotnet run</c> and the test host both start the server.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        return verb switch
        {
            "serve" => await ServeVerb.RunAsync(rest),
            "build" => await BuildVerb.RunAsync(rest, Console.Out, CancellationToken.None),
            "ask" => await AskVerb.RunAsync(rest, Console.Out, CancellationToken.None),
            "register" => await RegisterVerb.RunAsync(rest, Console.Out, CancellationToken.None),
            "dates" => DatesVerb.Run(rest, Console.In, Console.Out, Console.Error),
            _ => Usage.Fail($"Unknown verb '{verb}'."),
        };
    }
}
