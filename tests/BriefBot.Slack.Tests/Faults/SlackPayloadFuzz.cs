using CsCheck;

namespace BriefBot.Slack.Tests.Faults;

/// <summary>
/// Slack bodies as raw text, so they hold what no serializer writes: form values percent-encoding invalid UTF-8
/// (<c>%ED%A0%80</c>, a lone surrogate's bytes), broken escapes, missing and repeated fields; JSON with <c>null</c>
/// where an object belongs, numbers for strings, lone surrogates (<c>"\ud800"</c>). <see cref="ResponseUrlSlot"/> is
/// replaced by a fresh response_url of the fake Slack.
/// </summary>
internal static class SlackPayloadFuzz
{
    public const string ResponseUrlSlot = "@RESPONSE_URL@";

    /// <summary>Replaced by a fresh envelope id, so each envelope's ack can be waited for.</summary>
    public const string EnvelopeSlot = "@ENVELOPE@";

    private static readonly Gen<string> FormText = Gen.OneOf(
        "", "iran", "page%3Aabc", "%ED%A0%80", "%FF%FE", "%", "%zz", "+", "a%00b", "%E2%80%AE%40everyone", "2031-06", "subscribe+daily+25%3A99", "..",
        new string('x', 5000));

    private static readonly Gen<string> FormUrl = Gen.OneOf(
        ResponseUrlSlot, ResponseUrlSlot, "", "not+a+url", "http%3A%2F%2F127.0.0.1%3A1%2Finternal%2Fadmin", "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx", "%ED%A0%80");

    private static readonly Gen<string> CommandName = Gen.OneOf("%2Fwho", "%2Fwho", "%2Ftimeline", "%2Fdigest", "%2Fask", "", "who", "%2F%ED%A0%80", "%2Funknown");

    private static readonly Gen<string> Id = Gen.OneOf("C0CHANNEL", "U0ANALYST", "", "%ED%A0%80", "null");

    /// <summary>A slash-command form (§1.1) with any field missing, repeated or malformed.</summary>
    public static readonly Gen<string> CommandForm = Gen.Select(CommandName, FormText, FormUrl, Id, Id, Gen.Bool, Gen.OneOf("", "&text=again", "&&", "&=", "&command", "&trigger_id=%ED%A0%80"))
        .Select((command, text, url, channel, user, withTeam, tail) =>
            $"command={command}&text={text}&response_url={url}&channel_id={channel}&user_id={user}" + (withTeam ? "&team_id=T0TEAM&trigger_id=1.2" : "") + tail);

    private static readonly Gen<string> JsonText = Gen.OneOf("null", "\"\"", "\"/who iran\"", "\"/timeline 2031-06\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"", "1", "true", "{}", "[]", "[null]");

    private static readonly Gen<string> JsonUrl = Gen.OneOf("\"" + ResponseUrlSlot + "\"", "\"" + ResponseUrlSlot + "\"", "null", "\"\"", "\"http://127.0.0.1:1/internal/admin\"", "\"\\ud800\"", "5");

    private static readonly Gen<string> Action = Gen.Select(Gen.OneOf("\"briefbot:pick\"", "\"briefbot:page\"", "null", "\"\\ud800\"", "7", "\"other\""), JsonText, Gen.OneOf("\"button\"", "\"static_select\"", "null"))
        .Select((actionId, value, type) => $"{{\"action_id\":{actionId},\"value\":{value},\"type\":{type},\"block_id\":\"b1\",\"selected_option\":{{\"value\":{value}}}}}");

    private static readonly Gen<string> Actions = Gen.OneOf<string>(
        Gen.OneOf("null", "[]", "[null]", "{}", "\"x\""),
        Action.Array[1, 3].Select(actions => "[" + string.Join(",", actions) + "]"));

    /// <summary>An interactive payload (§6.1): block_actions and the rest, well and badly formed.</summary>
    public static readonly Gen<string> ClickJson = Gen.Select(
            Gen.OneOf("\"block_actions\"", "\"block_actions\"", "\"view_submission\"", "\"\\ud800\"", "null", "3"),
            Actions,
            JsonUrl,
            Gen.OneOf("{\"id\":\"U0ANALYST\"}", "null", "{\"id\":null}", "{\"id\":\"\\ud800\"}"),
            Gen.OneOf("{\"id\":\"C0CHANNEL\"}", "null", "[]"),
            Gen.OneOf("{\"type\":\"message\",\"channel_id\":\"C0CHANNEL\",\"message_ts\":\"1.2\"}", "null", "{\"channel_id\":5}"))
        .Select((type, actions, url, user, channel, container) =>
            $"{{\"type\":{type},\"user\":{user},\"team\":{{\"id\":\"T0TEAM\"}},\"channel\":{channel},\"container\":{container},\"trigger_id\":\"1.2\",\"response_url\":{url},\"actions\":{actions}}}");

    /// <summary>An HTTP click: the payload form field, or a form around it that is itself broken.</summary>
    public static readonly Gen<string> ClickForm = Gen.OneOf<string>(
        ClickJson.Select(json => "payload=" + Uri.EscapeDataString(json)),
        ClickJson.Select(json => "payload=" + Uri.EscapeDataString(json)),
        Gen.OneOf("payload=%7B", "payload=", "", "payload=%ED%A0%80", "other=1", "payload=null", "payload=%5B%5D"));

    /// <summary>A slash_commands payload as Socket Mode sends it (§5.2): the form's fields as JSON.</summary>
    public static readonly Gen<string> CommandJson = Gen.Select(Gen.OneOf("\"/who\"", "\"/timeline\"", "\"/digest\"", "null", "\"\\ud800\"", "5"), JsonText, JsonUrl, Gen.OneOf("\"C0CHANNEL\"", "null", "{}"))
        .Select((command, text, url, channel) => $"{{\"command\":{command},\"text\":{text},\"response_url\":{url},\"channel_id\":{channel},\"user_id\":\"U0ANALYST\",\"team_id\":\"T0TEAM\",\"trigger_id\":\"1.2\"}}");

    /// <summary>A Socket Mode envelope (§5.3) of any type around any payload, named by <see cref="EnvelopeSlot"/>.</summary>
    public static readonly Gen<string> Envelope = Gen.Select(
            Gen.OneOf("\"slash_commands\"", "\"interactive\"", "\"events_api\"", "\"\\ud800\"", "null", "\"other\""),
            Gen.OneOf<string>(CommandJson, ClickJson, Gen.OneOf("null", "[]", "\"x\"", "{}", "{\"event\":null}")),
            Gen.OneOf("true", "false", "null", "\"yes\""),
            Gen.OneOf("0", "1", "null", "-1", "\"2\""))
        .Select((type, payload, accepts, retry) =>
            $"{{\"envelope_id\":\"{EnvelopeSlot}\",\"type\":{type},\"accepts_response_payload\":{accepts},\"payload\":{payload},\"retry_attempt\":{retry},\"retry_reason\":\"\"}}");
}
