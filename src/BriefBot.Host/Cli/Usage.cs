using System.Text;

namespace BriefBot.Host.Cli;

/// <summary>One place for the CLI's help text and its usage-error exit code; the verb list comes from <see cref="Verbs"/>.</summary>
internal static class Usage
{
    public const int ExitCode = 2;

    public static string Text { get; } = Compose();

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Text);
        return ExitCode;
    }

    private static string Compose()
    {
        var text = new StringBuilder()
            .AppendLine("BriefBot — a briefing bot for analyst teams.")
            .AppendLine()
            .AppendLine("Usage: dotnet run --project src/BriefBot.Host -- [verb] [options]")
            .AppendLine();
        var width = Verbs.All.Max(v => v.Name.Length) + 2;
        foreach (var verb in Verbs.All)
        {
            text.Append("  ").Append(verb.Name.PadRight(width)).AppendLine(verb.Synopsis);
        }

        return text
            .AppendLine()
            .AppendLine("VERB --help shows a verb's options. Relative paths resolve against the current directory")
            .AppendLine("(under `dotnet run`, the directory you ran it from).")
            .ToString();
    }
}
