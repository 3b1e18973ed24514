namespace BriefBot.Host.Cli;

/// <summary>
/// Every CLI verb, in the order the usage lists them. A new verb is one entry here (and its own file);
/// <see cref="Program"/> dispatches by name and answers <c>--help</c> from this table.
/// </summary>
internal static class Verbs
{
    public const string Default = "serve";

    public static IReadOnlyList<Verb> All { get; } =
    [
        new("serve", "run the bot (default verb)", """
            Usage: serve [--urls URLS] [--Section:Key VALUE …]

            Runs the bot: builds or loads the knowledge base, serves /healthz and /readyz, Discord and Slack
            when configured, and the digest schedule. Any setting of the configuration table can be given as
            --Section:Key VALUE (or as an environment variable Section__Key). Stop with Ctrl+C.
            """, c => ServeVerb.RunAsync(c.Args)),
        new("build", "build or refresh the knowledge base", """
            Usage: build [--knowledge DIR] [--db PATH]

            Reads the shelf (DIR/articles/*.md, DIR/actors.yaml) into the knowledge base at PATH and says what it
            found. DIR defaults to ./knowledge, PATH to ./data/knowledge.db (relative to the current directory).
            """, c => BuildVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
        new("actors", "list the shelf's actors, most mentioned first", """
            Usage: actors [--top N] [--kind person|state|organisation|place|other] [--format text|json] [--knowledge DIR] [--db PATH]

            Lists the actors the build made of the shelf's names, most mentioned first, so a person can audit a
            shelf: id, name, kind, main role, mentions, articles and aliases (--format json for all of them).
            """, c => ActorsVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
        new("ask", "answer one command as a chat user would read it", """
            Usage: ask "/COMMAND ARGS" [--format text|json] [--knowledge DIR] [--db PATH] [--state PATH] [--outbox DIR]

            Answers /who, /timeline or /digest … once, building the base first if it is missing or stale.
              ask "/who NAME"            an actor's card
              ask "/timeline PERIOD"     the dated events of a period (2026, 2026-03, 2026-W10, 1990s, 2020..2023)
              ask "/digest preview"      the next digest of the default channel; also /digest send, list, subscribe
              ask "/ask QUESTION"        the shelf's sentences that answer a question, quoted, with sources
            Exit code 0 for any answer (including "not found"), 2 for a usage error.
            """, c => AskVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
        new("export", "write a period's timeline as a file (ics, csv or json) to standard output", """
            Usage: export PERIOD [ACTOR] [--format ics|csv|json] [--knowledge DIR] [--db PATH]

            Writes the timeline of PERIOD (2026, 2026-03, 2026-W10, 1990s, 2020..2023), optionally only the events
            of ACTOR, to standard output: ICS (all-day events; a month or coarser spans the whole period, never a
            made-up day), CSV (date, precision, inferred, summary, actors, sources, corroboration) or JSON (default).
              export 2026-03 ACTOR --format ics > march.ics
            """, c => ExportVerb.RunAsync(c.Args, c.Output, c.Error, c.CancellationToken)),
        new("dates", "print the temporal expressions found in text", """
            Usage: dates [--dct YYYY-MM-DD] [--jsonl] [TEXT]

            Prints the temporal expressions in TEXT (or stdin), resolved against the document date --dct.
            --jsonl reads {"id","dct","text"} lines and writes {"id","timexes":[…]} lines (TimeML values).
            """, c => Task.FromResult(DatesVerb.Run(c.Args, c.Input, c.Output, c.Error))),
        new("mentions", "print the names ingestion finds (PER, ORG, LOC, MISC)", """
            Usage: mentions [--jsonl] [TEXT]

            Prints the names the tagger finds in TEXT (or stdin) and the actor mentions ingestion makes of them.
            --jsonl reads {"id","text"} lines and writes {"id","entities":[{"start","end","type"}]} lines
            (UTF-16 offsets), the form shared/tools/score-ner scores.
            """, c => Task.FromResult(MentionsVerb.Run(c.Args, c.Input, c.Output, c.Error))),
        new("register", "register the Discord slash commands (needs Discord__BotToken)", """
            Usage: register

            Makes Discord's slash commands match this build and prints what changed; per guild when
            Discord__GuildId is set. Needs Discord__ApplicationId and Discord__BotToken.
            """, c => RegisterVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
        new("health", "exit 0 when a running BriefBot is ready (/readyz), 1 otherwise", """
            Usage: health [--url http://HOST:PORT]

            Asks a running BriefBot's /readyz (default http://127.0.0.1:5080) and prints its answer.
            """, c => HealthVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
        new("copy-state", "copy the LiteDB bot state into an empty PostgreSQL database", """
            Usage: copy-state [--from PATH] [--to CONNECTION]

            Copies subscriptions, digest records (sent and pending), what was seen when, and the feeds' records
            from the bot state file PATH (default data/state.db, or Digests__StatePath) into the PostgreSQL
            database of CONNECTION (default State__ConnectionString), which must hold no bot state yet. Stop
            BriefBot first; the file is left as it was.
            """, c => Task.FromResult(CopyStateVerb.Run(c.Args, c.Output, c.Error))),
        new("shelf", "fill the shelf from links, feeds and PDFs", """
            Usage: shelf add URL | shelf feed add URL [--every 30m] [--name NAME] | shelf poll | shelf list
                   | shelf status | shelf remove ID      (each with [--knowledge DIR] [--db PATH] [--state PATH])

            add: one article page or PDF onto the shelf. feed add: follow an RSS/Atom feed and import its newest
            items now (a progress bar). poll: read every feed and new PDFs in DIR/articles once, then exit.
            list: feeds with last success, last error and articles. remove: stop reading a feed.
            Private addresses are refused unless Shelf__AllowedHosts__0 (or --Shelf:AllowedHosts:0 HOST) names the host.
            """, c => ShelfVerb.RunAsync(c.Args, c.Output, c.CancellationToken)),
    ];

    public static Verb? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "help" or "-?";
}
