using System.Globalization;
using System.Text.Json;
using BriefBot.TestKit.Discord;

namespace BriefBot.TestKit.Slack;

/// <summary>A file shared into a channel through the external upload flow.</summary>
public sealed record SharedFile(string Channel, string Id, string FileName, string? Title, string Content);

/// <summary>
/// Slack's external upload flow: files.getUploadURLExternal hands out an upload URL and a file id, the bytes are
/// POSTed to that URL (no token: the URL is pre-signed), and files.completeUploadExternal shares the file.
/// </summary>
public sealed partial class FakeSlackServer
{
    private readonly Dictionary<string, (string FileName, int Length, string? Content)> _uploads = new(StringComparer.Ordinal);
    private readonly List<SharedFile> _shared = [];
    private int _nextFile;

    public IReadOnlyList<SharedFile> SharedFiles
    {
        get
        {
            lock (_gate)
            {
                return [.. _shared];
            }
        }
    }

    private FakeSlackResponse GetUploadUrl(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("filename", out var name) || name.GetString() is not { Length: > 0 } fileName
            || !json.TryGetProperty("length", out var length) || !length.TryGetInt32(out var bytes) || bytes <= 0)
        {
            return FakeSlackResponse.Error("invalid_arguments");
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"F0FAKE{Interlocked.Increment(ref _nextFile):D4}");
        lock (_gate)
        {
            _uploads[id] = (fileName, bytes, null);
        }

        return Ok(new { ok = true, upload_url = new Uri(BaseUrl, "upload/" + id).AbsoluteUri, file_id = id });
    }

    private FakeSlackResponse Upload(RecordedRequest request)
    {
        var id = request.Path["/upload/".Length..];
        lock (_gate)
        {
            if (!_uploads.TryGetValue(id, out var upload))
            {
                return new FakeSlackResponse { Status = 404, Body = "not_found", ContentType = "text/plain" };
            }

            _uploads[id] = upload with { Content = request.Body };
        }

        return new FakeSlackResponse { Body = string.Create(CultureInfo.InvariantCulture, $"OK - {request.Body.Length}"), ContentType = "text/plain" };
    }

    private FakeSlackResponse CompleteUpload(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return FakeSlackResponse.Error("invalid_arguments");
        }

        var channel = json.TryGetProperty("channel_id", out var c) ? c.GetString() : null;
        lock (_gate)
        {
            foreach (var file in files.EnumerateArray())
            {
                var id = file.GetProperty("id").GetString() ?? "";
                if (!_uploads.TryGetValue(id, out var upload) || upload.Content is null)
                {
                    return FakeSlackResponse.Error("file_not_found");
                }

                _shared.Add(new SharedFile(channel ?? "", id, upload.FileName, file.TryGetProperty("title", out var t) ? t.GetString() : null, upload.Content));
            }
        }

        return Ok(new { ok = true, files = files.EnumerateArray().Select(f => new { id = f.GetProperty("id").GetString() }).ToList() });
    }
}
