using System.Globalization;
using System.Text;
using BriefBot.Benchmarks.Shelves;
using NSec.Cryptography;

namespace BriefBot.Benchmarks.Load;

/// <summary>
/// <c>sign --count N --out FILE [--command who --option name=Pezeshkian | --ping]</c>: writes N signed Discord
/// interactions, one a line (signature, timestamp, body, tab-separated), for load/interactions.lua. Each has its
/// own interaction id, token and the current timestamp, so a replay guard sees N distinct, fresh interactions.
/// <c>sign --public-key</c> prints the test key's public half for the servers.
/// </summary>
internal static class SignVerb
{
    /// <summary>A fixed test key (never a real application's): the servers under test are told its public half.</summary>
    private static readonly byte[] TestSeed = [.. Enumerable.Range(0, 32).Select(i => (byte)(0x17 + (i * 7)))];

    public const string ApplicationId = "111111111111111111";

    public static Key TestKey() => Key.Import(SignatureAlgorithm.Ed25519, TestSeed, KeyBlobFormat.RawPrivateKey);

    public static string PublicKeyHex(Key key) => Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)).ToLowerInvariant();

    public static string Sign(Key key, string timestamp, string body) =>
        Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))).ToLowerInvariant();

    public static int Run(string[] args)
    {
        using var key = TestKey();
        if (args.Contains("--public-key"))
        {
            Console.WriteLine(PublicKeyHex(key));
            return 0;
        }

        var count = int.Parse(ShelfVerb.Option(args, "--count") ?? "100000", CultureInfo.InvariantCulture);
        var output = ShelfVerb.Option(args, "--out") ?? "interactions.tsv";
        var command = args.Contains("--ping") ? null : ShelfVerb.Option(args, "--command") ?? "who";
        var option = (ShelfVerb.Option(args, "--option") ?? "name=Pezeshkian").Split('=', 2);
        var now = TimeProvider.System.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var firstId = (now.ToUnixTimeMilliseconds() - 1_420_070_400_000L) << 22; // a snowflake of now (Discord epoch)

        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var body = Body(firstId + i, command, option[0], option.Length > 1 ? option[1] : "");
            var signature = Sign(key, timestamp, body);
            writer.Write(signature);
            writer.Write('\t');
            writer.Write(timestamp);
            writer.Write('\t');
            writer.Write(body);
            writer.Write('\n');
        }

        Console.Error.WriteLine(FormattableString.Invariant($"{count} signed interactions at timestamp {timestamp} in {Path.GetFullPath(output)}"));
        return 0;
    }

    /// <summary>A PING, or a slash command shaped like Discord's (shared/protocols/discord.md §1.4).</summary>
    public static string Body(long id, string? command, string optionName, string optionValue)
    {
        var token = "load-token-" + id.ToString(CultureInfo.InvariantCulture);
        var common = FormattableString.Invariant($"\"id\":\"{id}\",\"application_id\":\"{ApplicationId}\",\"token\":\"{token}\",\"version\":1");
        return command is null
            ? "{" + common + ",\"type\":1}"
            : "{" + common + FormattableString.Invariant($",\"type\":2,\"guild_id\":\"222222222222222222\",\"channel_id\":\"333333333333333333\",\"locale\":\"en-GB\",")
                + "\"member\":{\"user\":{\"id\":\"444444444444444444\",\"username\":\"analyst\"},\"permissions\":\"2064\"},"
                + FormattableString.Invariant($"\"data\":{{\"id\":\"555555555555555555\",\"name\":\"{command}\",\"type\":1,\"options\":[{{\"name\":\"{optionName}\",\"type\":3,\"value\":\"{optionValue}\"}}]}}}}");
    }
}
