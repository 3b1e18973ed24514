using System.Text.Json;

namespace BriefBot.TestKit.Slack;

/// <summary>
/// The Block Kit limits Slack enforces on a message (shared/protocols/slack.md §4.1–§4.4, §3.4), as messages shaped
/// like Slack's <c>response_metadata.messages</c>: "[ERROR] … [json-pointer:/blocks/0/text/text]". The fake Slack
/// answers invalid_blocks (or msg_blocks_too_long) when any is broken; tests call it directly on inline responses too.
/// </summary>
public static class SlackRules
{
    /// <summary>Text across all blocks beyond which Slack was seen to answer msg_blocks_too_long (~13k, bolt-js #2509).</summary>
    public const int BlocksTextCeiling = 12000;

    private static readonly string[] BlockTypes = ["section", "header", "context", "divider", "actions", "image"];

    public static IReadOnlyList<string> Message(JsonElement message)
    {
        var errors = new List<string>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            errors.Add("[ERROR] expected an object [json-pointer:/]");
            return errors;
        }

        var hasText = message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString()!.Trim().Length > 0;
        if (!message.TryGetProperty("blocks", out var blocks))
        {
            if (!hasText)
            {
                errors.Add("[ERROR] no_text [json-pointer:/text]");
            }

            return errors;
        }

        if (!hasText)
        {
            errors.Add("[ERROR] a top-level text fallback is required with blocks [json-pointer:/text]");
        }

        if (blocks.ValueKind != JsonValueKind.Array || blocks.GetArrayLength() > 50)
        {
            errors.Add("[ERROR] no more than 50 items allowed [json-pointer:/blocks]");
            return errors;
        }

        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            Block(block, $"/blocks/{i++}", blockIds, errors);
        }

        if (TextLength(blocks) > BlocksTextCeiling)
        {
            errors.Add("[ERROR] msg_blocks_too_long [json-pointer:/blocks]");
        }

        return errors;
    }

    /// <summary>All text Slack would show from the blocks, for length totals and hostile-input checks.</summary>
    public static int TextLength(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => p.Name == "text" && p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()!.Length : TextLength(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(TextLength),
        _ => 0,
    };

    /// <summary>Every string value in <paramref name="element"/>, decoded: what a reader could end up seeing.</summary>
    public static string AllText(JsonElement element) => string.Join("\n", Strings(element));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static void Block(JsonElement block, string path, HashSet<string> blockIds, List<string> errors)
    {
        var type = block.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is null || !BlockTypes.Contains(type))
        {
            errors.Add($"[ERROR] unknown block type [json-pointer:{path}/type]");
            return;
        }

        if (block.TryGetProperty("block_id", out var id) && (id.GetString() is not { Length: > 0 and <= 255 } blockId || !blockIds.Add(blockId)))
        {
            errors.Add($"[ERROR] block_id must be unique and at most 255 characters [json-pointer:{path}/block_id]");
        }

        switch (type)
        {
            case "header":
                Text(block, "text", path + "/text", 150, plainOnly: true, errors);
                break;
            case "section":
                Section(block, path, errors);
                break;
            case "context":
                Elements(block, path, 10, errors, (element, elementPath) =>
                {
                    var elementType = element.TryGetProperty("type", out var et) ? et.GetString() : null;
                    if (elementType is "mrkdwn" or "plain_text")
                    {
                        TextObject(element, elementPath, 3000, plainOnly: false, errors);
                    }
                    else if (elementType != "image")
                    {
                        errors.Add($"[ERROR] context elements are text objects or images [json-pointer:{elementPath}]");
                    }
                });
                break;
            case "actions":
                var actionIds = new HashSet<string>(StringComparer.Ordinal);
                Elements(block, path, 25, errors, (element, elementPath) => Button(element, elementPath, actionIds, errors));
                break;
        }
    }

    private static void Section(JsonElement block, string path, List<string> errors)
    {
        var hasText = block.TryGetProperty("text", out _);
        var hasFields = block.TryGetProperty("fields", out var fields);
        if (!hasText && !hasFields)
        {
            errors.Add($"[ERROR] must provide text or fields [json-pointer:{path}]");
        }

        if (hasText)
        {
            Text(block, "text", path + "/text", 3000, plainOnly: false, errors);
        }

        if (hasFields)
        {
            if (fields.GetArrayLength() > 10)
            {
                errors.Add($"[ERROR] no more than 10 items allowed [json-pointer:{path}/fields]");
            }

            var i = 0;
            foreach (var field in fields.EnumerateArray())
            {
                TextObject(field, $"{path}/fields/{i++}", 2000, plainOnly: false, errors);
            }
        }

        if (block.TryGetProperty("accessory", out var accessory))
        {
            Button(accessory, path + "/accessory", new HashSet<string>(StringComparer.Ordinal), errors);
        }
    }

    private static void Button(JsonElement element, string path, HashSet<string> actionIds, List<string> errors)
    {
        if (!element.TryGetProperty("type", out var type) || type.GetString() != "button")
        {
            // Other interactive elements are not used by BriefBot; the fake treats them as unknown.
            errors.Add($"[ERROR] unsupported element [json-pointer:{path}/type]");
            return;
        }

        Text(element, "text", path + "/text", 75, plainOnly: true, errors);
        if (element.TryGetProperty("action_id", out var actionId) && (actionId.GetString() is not { Length: > 0 and <= 255 } id || !actionIds.Add(id)))
        {
            errors.Add($"[ERROR] action_id must be unique within the block and at most 255 characters [json-pointer:{path}/action_id]");
        }

        if (element.TryGetProperty("value", out var value) && value.GetString()!.Length > 2000)
        {
            errors.Add($"[ERROR] must be less than 2001 characters [json-pointer:{path}/value]");
        }

        if (element.TryGetProperty("style", out var style) && style.GetString() is not ("primary" or "danger"))
        {
            errors.Add($"[ERROR] must be primary or danger [json-pointer:{path}/style]");
        }
    }

    private static void Elements(JsonElement block, string path, int max, List<string> errors, Action<JsonElement, string> check)
    {
        if (!block.TryGetProperty("elements", out var elements) || elements.GetArrayLength() is 0)
        {
            errors.Add($"[ERROR] must provide at least one element [json-pointer:{path}/elements]");
            return;
        }

        if (elements.GetArrayLength() > max)
        {
            errors.Add($"[ERROR] no more than {max} items allowed [json-pointer:{path}/elements]");
        }

        var i = 0;
        foreach (var element in elements.EnumerateArray())
        {
            check(element, $"{path}/elements/{i++}");
        }
    }

    private static void Text(JsonElement parent, string property, string path, int max, bool plainOnly, List<string> errors)
    {
        if (!parent.TryGetProperty(property, out var text))
        {
            errors.Add($"[ERROR] missing required field: text [json-pointer:{path}]");
            return;
        }

        TextObject(text, path, max, plainOnly, errors);
    }

    private static void TextObject(JsonElement text, string path, int max, bool plainOnly, List<string> errors)
    {
        var type = text.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
        {
            errors.Add($"[ERROR] must be {(plainOnly ? "plain_text" : "a text object")} [json-pointer:{path}/type]");
        }

        var length = text.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;
        if (length < 1)
        {
            errors.Add($"[ERROR] must be more than 0 characters [json-pointer:{path}/text]");
        }
        else if (length > max)
        {
            errors.Add($"[ERROR] must be less than {max + 1} characters [json-pointer:{path}/text]");
        }
    }
}
