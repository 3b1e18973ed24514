namespace BriefBot.Host.Cli;

/// <summary>What a verb runs with: its arguments (the verb name removed), where it writes, and the Ctrl+C token.</summary>
internal sealed record VerbContext(string[] Args, TextReader Input, TextWriter Output, TextWriter Error, CancellationToken CancellationToken);
