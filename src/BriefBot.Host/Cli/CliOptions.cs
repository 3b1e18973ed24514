namespace BriefBot.Host.Cli;

/// <summary>The flags the CLI verbs share, read from argv; anything unknown is a usage error.</summary>
internal sealed record CliOptions
{
    public string KnowledgeDirectory { get; init; } = "knowledge";

    public string DatabasePath { get; init; } = Path.Combine("data", "knowledge.db");

    public string Format { get; init; } = "text";

    /// <summary>Bot state file; null keeps the configured one (Digests:StatePath).</summary>
    public string? StatePath { get; init; }

    /// <summary>Outbox folder; null keeps the configured one (Digests:OutboxDirectory).</summary>
    public string? OutboxDirectory { get; init; }

    public List<string> Positional { get; init; } = [];

    public static bool TryParse(IReadOnlyList<string> args, out CliOptions options, out string error)
    {
        options = new CliOptions();
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--knowledge":
                    options = options with { KnowledgeDirectory = Next() ?? "" };
                    break;
                case "--db":
                    options = options with { DatabasePath = Next() ?? "" };
                    break;
                case "--state":
                    options = options with { StatePath = Next() ?? "" };
                    break;
                case "--outbox":
                    options = options with { OutboxDirectory = Next() ?? "" };
                    break;
                case "--format":
                    options = options with { Format = Next() ?? "" };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"Unknown option '{arg}'.";
                        return false;
                    }

                    options.Positional.Add(arg);
                    break;
            }
        }

        if (options.KnowledgeDirectory.Length == 0 || options.DatabasePath.Length == 0 || options.StatePath is "" || options.OutboxDirectory is "")
        {
            error = "--knowledge, --db, --state and --outbox need a path.";
            return false;
        }

        if (options.Format is not ("text" or "json"))
        {
            error = $"--format is text or json, not '{options.Format}'.";
            return false;
        }

        return true;
    }
}
