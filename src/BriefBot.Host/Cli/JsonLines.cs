using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefBot.Host.Cli;

/// <summary>
/// The JSON-lines loop the scoring verbs share (<c>dates --jsonl</c>, <c>mentions --jsonl</c>): one object in per line,
/// one answer out per line, blank lines passed over, a line that is not the expected object reported on stderr and skipped.
/// </summary>
internal static class JsonLines
{
    public static int Map(TextReader input, TextWriter output, TextWriter error, string expectedShape, Func<JsonObject, string, JsonObject> answer)
    {
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var doc = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("not an object");
                var text = doc["text"]?.GetValue<string>() ?? "";
                var result = answer(doc, text);
                result.Insert(0, "id", doc["id"]?.GetValue<string>() ?? "");
                output.WriteLine(result.ToJsonString());
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                error.WriteLine(FormattableString.Invariant($"line {lineNumber}: not a {expectedShape} object; skipped"));
            }
        }

        return 0;
    }
}
