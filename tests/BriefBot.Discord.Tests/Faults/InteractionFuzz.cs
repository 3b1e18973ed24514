using CsCheck;

namespace BriefBot.Discord.Tests.Faults;

/// <summary>
/// Interaction bodies as raw JSON text, so they can hold what a serializer never writes: <c>null</c> where an object
/// belongs, names that are numbers, lone surrogates (<c>"\ud800"</c>). Each carries <see cref="IdSlot"/> for a fresh id.
/// </summary>
internal static class InteractionFuzz
{
    public const string IdSlot = "\"@ID@\"";

    private static readonly Gen<string> Text = Gen.OneOf("null", "\"\"", "\"iran\"", "\"2031-06\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"", "\"/who x\"", "1", "true", "{}", "[]", "[null]");

    private static readonly Gen<string> Value = Gen.OneOf<string>(Text, Gen.OneOf("-1.5e300", "9007199254740993", "false", "{\"a\":null}", "[[[]]]"));

    private static readonly Gen<string> OptionName = Gen.OneOf("null", "\"name\"", "\"name\"", "\"period\"", "\"actor\"", "\"schedule\"", "\"\\ud800\"", "\"\"");

    private static readonly Gen<string> Leaf = Gen.Select(OptionName, Gen.OneOf("3", "3", "4", "1"), Value, Gen.OneOf("true", "false", "false"))
        .Select((name, type, value, focused) => $"{{\"name\":{name},\"type\":{type},\"value\":{value},\"focused\":{focused}}}");

    private static readonly Gen<string> Options = OptionsOf(2);

    private static readonly Gen<string> Data = Gen.Select(Gen.OneOf("null", "\"who\"", "\"timeline\"", "\"digest\"", "\"\\ud800\"", "\"\"", "5"), Options, Gen.OneOf("null", "\"pick\"", "\"/who iran\"", "\"\\ud800\""), Gen.OneOf("null", "[null]", "[\"/who x\"]", "[\"\\ud800\"]"))
        .Select((name, options, customId, values) => $"{{\"id\":\"555555555555555555\",\"name\":{name},\"type\":1,\"options\":{options},\"custom_id\":{customId},\"component_type\":2,\"values\":{values}}}");

    /// <summary>A signed-looking interaction of any type, with any mix of well and badly formed parts.</summary>
    public static readonly Gen<string> Interaction = Gen.Select(
            Gen.OneOf("2", "2", "4", "4", "3", "5", "99"),
            Gen.OneOf<string>(Data, Data, Data, Gen.Const("null")),
            Gen.OneOf("\"111111111111111111\"", "\"abc\"", "null"),
            Gen.OneOf("\"tok\"", "\"tok\"", "null", "\"\""),
            Gen.OneOf("\"2064\"", "\"\\ud800\"", "null", "\"-1\"", "\"99999999999999999999999999\""))
        .Select((type, data, applicationId, token, permissions) =>
            $"{{\"id\":{IdSlot},\"application_id\":{applicationId},\"type\":{type},\"token\":{token},\"version\":1,\"channel_id\":\"333333333333333333\",\"guild_id\":\"222222222222222222\",\"member\":{{\"user\":{{\"id\":\"444444444444444444\",\"username\":\"analyst\"}},\"permissions\":{permissions}}},\"data\":{data}}}");

    private static Gen<string> OptionsOf(int depth)
    {
        var entry = depth == 0
            ? Gen.OneOf<string>(Leaf, Gen.Const("null"))
            : Gen.OneOf<string>(Leaf, Gen.Const("null"), Gen.Select(OptionName, OptionsOf(depth - 1)).Select((name, nested) => $"{{\"name\":{name},\"type\":1,\"options\":{nested}}}"));
        return Gen.OneOf<string>(Gen.OneOf("null", "[]"), entry.Array[1, 3].Select(entries => "[" + string.Join(",", entries) + "]"));
    }
}
