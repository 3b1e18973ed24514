namespace BriefBot.Host.Cli;

/// <summary>
/// One CLI verb: its name, the one-line synopsis the usage lists, the text <c>VERB --help</c> prints, and how it runs.
/// </summary>
internal sealed record Verb(string Name, string Synopsis, string Help, Func<VerbContext, Task<int>> RunAsync);
