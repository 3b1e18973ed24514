using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefBot.TestKit.Discord;

/// <summary>
/// The limits Discord enforces on what a bot sends (shared/protocols/discord.md §1.11, §2.2–2.3, §3.1–3.4), as
/// (JSON path, error code) pairs. The fake server answers 50035 when any is broken; tests call it directly on
/// interaction responses too.
/// </summary>
public static partial class DiscordRules
{
    public static IReadOnlyList<(string Path, string Code)> Message(JsonElement message)
    {
        var errors = new List<(string, string)>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("", "DICT_TYPE_CONVERT"));
            return errors;
        }

        MaxLength(message, "content", 2000, "content", errors);
        var total = 0;
        if (message.TryGetProperty("embeds", out var embeds))
        {
            if (embeds.GetArrayLength() > 10)
            {
                errors.Add(("embeds", "BASE_TYPE_MAX_LENGTH"));
            }

            var i = 0;
            foreach (var embed in embeds.EnumerateArray())
            {
                total += Embed(embed, $"embeds.{i++}", errors);
            }

            if (total > 6000)
            {
                errors.Add(("embeds", "MAX_EMBED_SIZE_EXCEEDED"));
            }
        }

        if (message.TryGetProperty("components", out var rows))
        {
            Components(rows, errors);
        }

        return errors;
    }

    public static IReadOnlyList<(string Path, string Code)> AutocompleteChoices(JsonElement data)
    {
        var errors = new List<(string, string)>();
        var choices = data.GetProperty("choices");
        if (choices.GetArrayLength() > 25)
        {
            errors.Add(("choices", "BASE_TYPE_MAX_LENGTH"));
        }

        var i = 0;
        foreach (var choice in choices.EnumerateArray())
        {
            Length(choice, "name", 1, 100, $"choices.{i}.name", errors);
            Length(choice, "value", 1, 100, $"choices.{i}.value", errors);
            i++;
        }

        return errors;
    }

    public static IReadOnlyList<(string Path, string Code)> Commands(JsonElement commands)
    {
        var errors = new List<(string, string)>();
        if (commands.ValueKind != JsonValueKind.Array || commands.GetArrayLength() > 100)
        {
            errors.Add(("", "BASE_TYPE_MAX_LENGTH"));
            return errors;
        }

        var i = 0;
        foreach (var command in commands.EnumerateArray())
        {
            var path = $"{i++}";
            Name(command, path, errors);
            Length(command, "description", 1, 100, path + ".description", errors);
            if (command.TryGetProperty("options", out var options))
            {
                if (options.GetArrayLength() > 25)
                {
                    errors.Add((path + ".options", "BASE_TYPE_MAX_LENGTH"));
                }

                var j = 0;
                var sawOptional = false;
                foreach (var option in options.EnumerateArray())
                {
                    var optionPath = $"{path}.options.{j++}";
                    Name(option, optionPath, errors);
                    Length(option, "description", 1, 100, optionPath + ".description", errors);
                    var required = option.TryGetProperty("required", out var r) && r.GetBoolean();
                    if (required && sawOptional)
                    {
                        errors.Add((optionPath + ".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"));
                    }

                    sawOptional |= !required;
                }
            }
        }

        return errors;
    }

    private static int Embed(JsonElement embed, string path, List<(string, string)> errors)
    {
        var counted = MaxLength(embed, "title", 256, path + ".title", errors)
            + MaxLength(embed, "description", 4096, path + ".description", errors);
        if (embed.TryGetProperty("fields", out var fields))
        {
            if (fields.GetArrayLength() > 25)
            {
                errors.Add((path + ".fields", "BASE_TYPE_MAX_LENGTH"));
            }

            var i = 0;
            foreach (var field in fields.EnumerateArray())
            {
                counted += Length(field, "name", 1, 256, $"{path}.fields.{i}.name", errors);
                counted += Length(field, "value", 1, 1024, $"{path}.fields.{i}.value", errors);
                i++;
            }
        }

        if (embed.TryGetProperty("footer", out var footer))
        {
            counted += Length(footer, "text", 1, 2048, path + ".footer.text", errors);
        }

        if (embed.TryGetProperty("author", out var author))
        {
            counted += Length(author, "name", 1, 256, path + ".author.name", errors);
        }

        return counted;
    }

    private static void Components(JsonElement rows, List<(string, string)> errors)
    {
        if (rows.GetArrayLength() > 5)
        {
            errors.Add(("components", "BASE_TYPE_MAX_LENGTH"));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var r = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var rowPath = $"components.{r++}";
            var children = row.GetProperty("components");
            var types = children.EnumerateArray().Select(c => c.GetProperty("type").GetInt32()).ToList();
            if (row.GetProperty("type").GetInt32() != 1 || types.Count == 0 || (types.Contains(3) && types.Count != 1) || types.Count > 5)
            {
                errors.Add((rowPath, "COMPONENT_LAYOUT_WIDTH_EXCEEDED"));
            }

            var c = 0;
            foreach (var child in children.EnumerateArray())
            {
                var path = $"{rowPath}.components.{c++}";
                if (Length(child, "custom_id", 1, 100, path + ".custom_id", errors) > 0 && !ids.Add(child.GetProperty("custom_id").GetString()!))
                {
                    errors.Add((path + ".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED"));
                }

                if (child.GetProperty("type").GetInt32() == 2)
                {
                    MaxLength(child, "label", 80, path + ".label", errors);
                    continue;
                }

                MaxLength(child, "placeholder", 150, path + ".placeholder", errors);
                var options = child.GetProperty("options");
                if (options.GetArrayLength() is < 1 or > 25)
                {
                    errors.Add((path + ".options", "BASE_TYPE_BAD_LENGTH"));
                }

                var o = 0;
                foreach (var option in options.EnumerateArray())
                {
                    Length(option, "label", 1, 100, $"{path}.options.{o}.label", errors);
                    Length(option, "value", 1, 100, $"{path}.options.{o}.value", errors);
                    MaxLength(option, "description", 100, $"{path}.options.{o}.description", errors);
                    o++;
                }
            }
        }
    }

    private static void Name(JsonElement element, string path, List<(string, string)> errors)
    {
        var name = element.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        if (!CommandName().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            errors.Add((path + ".name", "APPLICATION_COMMAND_INVALID_NAME"));
        }
    }

    /// <summary>Trimmed length of a string property (0 when absent), with an error when over <paramref name="max"/>.</summary>
    private static int MaxLength(JsonElement element, string property, int max, string path, List<(string, string)> errors) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? Check(value.GetString()!.Trim().Length, 0, max, path, errors)
            : 0;

    private static int Length(JsonElement element, string property, int min, int max, string path, List<(string, string)> errors)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors.Add((path, "BASE_TYPE_REQUIRED"));
            return 0;
        }

        return Check(value.GetString()!.Trim().Length, min, max, path, errors);
    }

    private static int Check(int length, int min, int max, string path, List<(string, string)> errors)
    {
        if (length < min || length > max)
        {
            errors.Add((path, length > max ? "BASE_TYPE_MAX_LENGTH" : "BASE_TYPE_MIN_LENGTH"));
        }

        return length;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
