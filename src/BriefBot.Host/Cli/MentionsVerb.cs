using System.Text.Json.Nodes;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Ingest.World;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>mentions</c>: the names ingestion finds in text. With <c>--jsonl</c> it reads <c>{"id","text"}</c> lines (one
/// sentence per line of text) and writes <c>{"id","entities":[{"start","end","type"}]}</c> lines (PER, ORG, LOC, MISC;
/// UTF-16 offsets), the form <c>shared/tools/score-ner</c> scores. Given TEXT it prints the tagger's names and the
/// actor mentions ingestion makes of them (kind, gazetteer id, title).
/// </summary>
internal static class MentionsVerb
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var jsonl = args.Contains("--jsonl", StringComparer.Ordinal);
        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--jsonl") is { } unknown)
        {
            return Usage.Fail($"Unknown option '{unknown}'.");
        }

        if (jsonl)
        {
            return RunJsonLines(input, output, error);
        }

        var text = args.Count > 0 ? string.Join(' ', args) : input.ReadToEnd();
        foreach (var name in NameTagger.Default.TagDocument(text))
        {
            output.WriteLine(FormattableString.Invariant($"{name.Start}-{name.End}\t{name.Label}\t{text[name.Start..name.End]}"));
        }

        var finder = new MentionFinder(Gazetteer.Empty.WithWorld(WorldGazetteer.Default));
        var document = NameDocument.FromText(text.Split('\n'));
        foreach (var m in text.Split('\n').SelectMany(line => finder.Find(line, date: null, document)))
        {
            var title = m.Title is null ? "" : $"\ttitle: {m.Title}" + (m.OfActorId is null ? "" : $" of {m.OfActorId}");
            output.WriteLine($"actor\t{m.Kind.ToString().ToLowerInvariant()}\t{m.Surface}\t{m.GazetteerId ?? "(new)"}{title}");
        }

        return 0;
    }

    private static int RunJsonLines(TextReader input, TextWriter output, TextWriter error) =>
        JsonLines.Map(input, output, error, "{\"id\",\"text\"}", (_, text) => new JsonObject
        {
            ["entities"] = new JsonArray([.. NameTagger.Default.TagDocument(text).Select(n => (JsonNode)new JsonObject
            {
                ["start"] = n.Start,
                ["end"] = n.End,
                ["type"] = n.Label,
            })]),
        });
}
