using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using BriefBot.Benchmarks.Shelves;

namespace BriefBot.Benchmarks.Load;

/// <summary>
/// <c>soak [--requests 300000] [--concurrency 32] [--shelf DIR] [--max-growth-mb 48]</c>: a bounded soak of the
/// real host on 127.0.0.1. It serves the shelf with Discord and Slack over HTTP and takes a hostile mix: signed
/// <c>/who</c> and PINGs (each a fresh interaction), forged signatures, stale timestamps, replays, bodies over the
/// limit and signed Slack commands. Resident memory is sampled from /proc as it goes. It fails (exit 1) on any 5xx,
/// when <c>/who</c> no longer answers at the end, or when memory after the warm-up fifth grows by more than the bound.
/// </summary>
internal static class SoakVerb
{
    private const string SlackSecret = "soak-signing-secret-0123456789abcdef";

    public static async Task<int> RunAsync(string[] args)
    {
        if (ShelfVerb.Option(args, "--rate") is { } rate)
        {
            return await RateRun.RunAsync(args, int.Parse(rate, CultureInfo.InvariantCulture));
        }

        var requests = int.Parse(ShelfVerb.Option(args, "--requests") ?? "300000", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(ShelfVerb.Option(args, "--concurrency") ?? "32", CultureInfo.InvariantCulture);
        var maxGrowthMb = int.Parse(ShelfVerb.Option(args, "--max-growth-mb") ?? "48", CultureInfo.InvariantCulture);
        var shelf = ShelfVerb.Option(args, "--shelf") ?? RepositoryPaths.Knowledge;
        var work = Directory.CreateTempSubdirectory("briefbot-soak.").FullName;
        const int Port = 5085;
        var baseUrl = new Uri(FormattableString.Invariant($"http://127.0.0.1:{Port}/"));

        using var key = SignVerb.TestKey();
        using var host = StartHost(shelf, work, baseUrl, SignVerb.PublicKeyHex(key));
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
            await WaitReadyAsync(http, host);

            var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
            var samples = new List<(int Done, long RssKb)>();
            var done = 0;
            var nextId = (TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - 1_420_070_400_000L) << 22;
            var replayed = Request.Discord(key, nextId, "who");
            var clock = Stopwatch.StartNew();
            var sampleEvery = Math.Max(1, requests / 20);

            await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
            {
                var request = (i % 20) switch
                {
                    < 10 => Request.Discord(key, Interlocked.Increment(ref nextId), "who"),
                    < 12 => Request.Discord(key, Interlocked.Increment(ref nextId), null),
                    < 15 => Request.Forged(Interlocked.Increment(ref nextId)),
                    15 => Request.Stale(key, Interlocked.Increment(ref nextId)),
                    16 => replayed,
                    17 when i % 100 == 17 => Request.Oversize(),
                    _ => Request.Slack("/who", "Pezeshkian", Port),
                };
                using var message = request.ToMessage();
                using var response = await http.SendAsync(message, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var count = Interlocked.Increment(ref done);
                if (count % sampleEvery == 0)
                {
                    lock (samples)
                    {
                        samples.Add((count, ResidentKb(host.Id)));
                    }
                }
            });
            var seconds = clock.Elapsed.TotalSeconds;

            using var last = Request.Discord(key, Interlocked.Increment(ref nextId), "who").ToMessage();
            using var lastResponse = await http.SendAsync(last);
            var lastBody = await lastResponse.Content.ReadAsStringAsync();
            var stillAnswers = lastResponse.StatusCode == HttpStatusCode.OK && lastBody.Contains("Pezeshkian", StringComparison.OrdinalIgnoreCase);
            return Report(requests, concurrency, seconds, statuses, [.. samples.OrderBy(s => s.Done)], stillAnswers, maxGrowthMb);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    private static int Report(int requests, int concurrency, double seconds, IDictionary<int, int> statuses, List<(int Done, long RssKb)> samples, bool stillAnswers, int maxGrowthMb)
    {
        Console.WriteLine(FormattableString.Invariant($"soak: {requests} requests, {concurrency} at once, {seconds:F0} s ({requests / seconds:F0} req/s), {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine("status counts: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => FormattableString.Invariant($"{s.Key}: {s.Value}"))));
        Console.WriteLine("| requests done | resident MB |");
        Console.WriteLine("|---:|---:|");
        foreach (var (doneCount, rss) in samples)
        {
            Console.WriteLine(FormattableString.Invariant($"| {doneCount} | {rss / 1024.0:F0} |"));
        }

        // The first fifth is warm-up (JIT, pools, caches); from there on memory must stay within the bound.
        var warm = samples.Where(s => s.Done >= requests / 5).ToList();
        var growthMb = warm.Count == 0 ? 0 : (warm.Max(s => s.RssKb) - warm[0].RssKb) / 1024.0;
        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        Console.WriteLine(FormattableString.Invariant($"growth after warm-up: {growthMb:F0} MB (bound {maxGrowthMb} MB); 5xx: {serverErrors}; /who answers at the end: {stillAnswers}"));
        var passed = serverErrors == 0 && stillAnswers && growthMb <= maxGrowthMb;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    internal static Process StartHost(string shelf, string work, Uri baseUrl, string publicKey, string? databasePath = null)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefBot.Host.dll"));
        info.ArgumentList.Add("serve");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Urls"] = baseUrl.AbsoluteUri.TrimEnd('/'),
            ["Discord__Transport"] = "http",
            ["Discord__PublicKey"] = publicKey,
            ["Discord__ApplicationId"] = SignVerb.ApplicationId,
            ["Slack__SigningSecret"] = SlackSecret,
            ["Slack__ApiBaseUrl"] = baseUrl.AbsoluteUri,
            ["Slack__CheckTokenOnStart"] = "false",
            ["Knowledge__Directory"] = shelf,
            ["Knowledge__DatabasePath"] = databasePath ?? Path.Combine(work, "knowledge.db"),
            ["Knowledge__WatchForChanges"] = "false",
            ["Digests__StatePath"] = Path.Combine(work, "state.db"),
            ["Digests__OutboxDirectory"] = Path.Combine(work, "outbox"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");

        // Drain the host's output so it never blocks on a full pipe; the soak measures the host, not its console.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitReadyAsync(HttpClient http, Process host)
    {
        for (var i = 0; i < 600 && !host.HasExited; i++)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, CancellationToken.None);
        }

        throw new InvalidOperationException("the host did not get ready");
    }

    private static long ResidentKb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();

    /// <summary>One request of the mix, kept as bytes so a replay sends exactly the same thing.</summary>
    internal sealed record Request(string Path, byte[] Body, string ContentType, (string Name, string Value)[] Headers)
    {
        public static Request Discord(NSec.Cryptography.Key key, long id, string? command, long? timestamp = null) => Discord(key, id, command, "Pezeshkian", timestamp);

        public static Request Discord(NSec.Cryptography.Key key, long id, string? command, string name, long? timestamp = null)
        {
            var body = SignVerb.Body(id, command, "name", name);
            var ts = (timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
            return new("discord/interactions", Encoding.UTF8.GetBytes(body), "application/json", [("X-Signature-Ed25519", SignVerb.Sign(key, ts, body)), ("X-Signature-Timestamp", ts)]);
        }

        public static Request Forged(long id)
        {
            var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return new("discord/interactions", Encoding.UTF8.GetBytes(SignVerb.Body(id, "who", "name", "x")), "application/json", [("X-Signature-Ed25519", new string('0', 128)), ("X-Signature-Timestamp", ts)]);
        }

        /// <summary>Signed correctly, but an hour old: outside the replay window.</summary>
        public static Request Stale(NSec.Cryptography.Key key, long id) => Discord(key, id, "who", TimeProvider.System.GetUtcNow().AddHours(-1).ToUnixTimeSeconds());

        public static Request Oversize() => new("discord/interactions", new byte[300 * 1024], "application/json", [("X-Signature-Ed25519", new string('0', 128)), ("X-Signature-Timestamp", "1")]);

        /// <summary>A Slack slash command signed with v0 HMAC-SHA256 (shared/protocols/slack.md §2); its response_url stays on 127.0.0.1.</summary>
        public static Request Slack(string command, string text, int port)
        {
            var form = "command=" + Uri.EscapeDataString(command) + "&text=" + Uri.EscapeDataString(text) + "&team_id=T0SOAK&channel_id=C0SOAK&user_id=U0SOAK"
                + "&response_url=" + Uri.EscapeDataString(FormattableString.Invariant($"http://127.0.0.1:{port}/hooks/soak")) + "&trigger_id=" + Guid.NewGuid().ToString("N");
            var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signature = "v0=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), Encoding.UTF8.GetBytes("v0:" + ts + ":" + form))).ToLowerInvariant();
            return new("slack/commands", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", [("X-Slack-Signature", signature), ("X-Slack-Request-Timestamp", ts)]);
        }

        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = new ByteArrayContent(Body) };
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType);
            foreach (var (name, value) in Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            return message;
        }
    }
}
