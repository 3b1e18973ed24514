using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Snapshots;

/// <summary>
/// Compares JSON with an approved <c>NAME.verified.json</c> beside the calling test. On a difference (or when none is
/// approved yet) it writes <c>NAME.received.json</c> next to it and fails; approving is renaming received to verified.
/// </summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Match(string json, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.GetDirectoryName(callerPath) ?? throw new InvalidOperationException("No caller path.");
        var pretty = JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var verified = Path.Combine(directory, name + ".verified.json");
        var received = Path.Combine(directory, name + ".received.json");
        if (File.Exists(verified) && File.ReadAllText(verified, Encoding.UTF8).ReplaceLineEndings("\n") == pretty)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, pretty, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        throw new SnapshotMismatchException(File.Exists(verified)
            ? $"{name}: the output differs from {verified}. Compare with {received}; if the change is intended, replace the verified file with it."
            : $"{name}: no approved snapshot yet. Review {received} and rename it to {Path.GetFileName(verified)}.");
    }
}
