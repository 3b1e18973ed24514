using System.Globalization;
using System.Text.Json.Nodes;
using BriefBot.Core.Knowledge.Ingest.Dates;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>dates</c>: prints the temporal expressions found in text. With <c>--jsonl</c> it reads
/// <c>{"id","dct","text"}</c> lines and writes <c>{"id","timexes":[…]}</c> lines (TimeML values, UTF-16 offsets),
/// the form <c>shared/tools/score-dates</c> scores.
/// </summary>
internal static class DatesVerb
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        DateOnly? dct = null;
        var jsonl = false;
        var text = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--dct":
                    if (i + 1 >= args.Count || !DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        return Usage.Fail("--dct takes a date like 2026-03-14.");
                    }

                    dct = parsed;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Usage.Fail($"Unknown option '{args[i]}'.");
                    }

                    text.Add(args[i]);
                    break;
            }
        }

        if (jsonl)
        {
            return RunJsonLines(input, output, error);
        }

        var body = text.Count > 0 ? string.Join(' ', text) : input.ReadToEnd();
        foreach (var t in DateExpressionParser.Parse(body, dct))
        {
            output.WriteLine(FormattableString.Invariant($"{t.Start}-{t.End}\t{t.Text}\t{t.Type}\t{t.Value}\t{t.Date?.Precision.ToString().ToLowerInvariant() ?? "-"}\t{t.Derivation}"));
        }

        return 0;
    }

    private static int RunJsonLines(TextReader input, TextWriter output, TextWriter error) =>
        JsonLines.Map(input, output, error, "{\"id\",\"dct\",\"text\"}", (doc, text) =>
        {
            DateOnly? dct = DateOnly.TryParseExact(doc["dct"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            return new JsonObject
            {
                ["timexes"] = new JsonArray([.. DateExpressionParser.Parse(text, dct).Select(t => (JsonNode)new JsonObject
                {
                    ["start"] = t.Start,
                    ["end"] = t.End,
                    ["text"] = t.Text,
                    ["type"] = t.Type,
                    ["value"] = t.Value,
                    ["precision"] = t.Date?.Precision.ToString().ToLowerInvariant(),
                })]),
            };
        });
}
