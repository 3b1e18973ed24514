using System.Diagnostics;
using System.Globalization;
using System.Net;
using BriefBot.Benchmarks.Shelves;

namespace BriefBot.Benchmarks.Load;

/// <summary>
/// <c>soak --rate 1000 [--seconds 20] [--warmup 5] [--name Pezeshkian] [--command who] [--shelf DIR] [--db FILE]</c>:
/// the latency mode of the load generator. It sends freshly signed slash commands (new id, token and timestamp each,
/// so the replay guard is never bypassed) at a fixed rate, open loop: request <c>i</c> is due at <c>start + i/rate</c>
/// whatever the earlier ones did, and its latency counts from that due time, so a stalled server cannot hide its
/// queue (no coordinated omission). The host is pinned to core 0 and the generator to the last core. Prints p50, p90,
/// p99, p99.9 and max from the client's own clock, the rate achieved, non-200 answers, and the host's CPU per request.
/// </summary>
internal static class RateRun
{
    public static async Task<int> RunAsync(string[] args, int rate)
    {
        var seconds = int.Parse(ShelfVerb.Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var warmup = int.Parse(ShelfVerb.Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var name = ShelfVerb.Option(args, "--name") ?? "Pezeshkian";
        var command = ShelfVerb.Option(args, "--command") ?? "who";
        var shelf = ShelfVerb.Option(args, "--shelf") ?? RepositoryPaths.Knowledge;
        var work = Directory.CreateTempSubdirectory("briefbot-rate.").FullName;
        var db = ShelfVerb.Option(args, "--db") ?? Path.Combine(work, "knowledge.db");
        const int Port = 5086;
        var baseUrl = new Uri(FormattableString.Invariant($"http://127.0.0.1:{Port}/"));

        using var key = SignVerb.TestKey();
        using var host = SoakVerb.StartHost(shelf, work, baseUrl, SignVerb.PublicKeyHex(key), db);
        try
        {
            Pin(host, Environment.ProcessorCount);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = baseUrl,
                Timeout = TimeSpan.FromSeconds(30),
            };
            await SoakVerb.WaitReadyAsync(http, host);
            var nextId = (TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - 1_420_070_400_000L) << 22;

            // One answer checked by eye: the shelf must know the name, or the figures measure "no such actor".
            using (var probe = SoakVerb.Request.Discord(key, ++nextId, command, name).ToMessage())
            using (var answer = await http.SendAsync(probe))
            {
                var body = await answer.Content.ReadAsStringAsync();
                Console.WriteLine(FormattableString.Invariant($"probe: {(int)answer.StatusCode} {body[..Math.Min(160, body.Length)]}"));
            }

            await RunPhaseAsync(http, key, () => ++nextId, command, name, rate, warmup, host, report: false);
            return await RunPhaseAsync(http, key, () => ++nextId, command, name, rate, seconds, host, report: true);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RunPhaseAsync(HttpClient http, NSec.Cryptography.Key key, Func<long> nextId, string command, string name, int rate, int seconds, Process host, bool report)
    {
        var total = rate * seconds;
        var latencies = new double[total];
        var failures = 0;
        var inFlight = new List<Task>(total);
        host.Refresh();
        var hostCpuBefore = host.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var ticksPerRequest = (double)Stopwatch.Frequency / rate;
        var sent = 0;
        while (sent < total)
        {
            // Send everything now due; sleep about a millisecond between batches (timer granularity).
            var due = Math.Min(total, (int)(clock.ElapsedTicks / ticksPerRequest) + 1);
            for (; sent < due; sent++)
            {
                var index = sent;
                var dueTicks = (long)(index * ticksPerRequest);
                var request = SoakVerb.Request.Discord(key, nextId(), command, name);
                inFlight.Add(Task.Run(async () =>
                {
                    using var message = request.ToMessage();
                    try
                    {
                        using var response = await http.SendAsync(message);
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failures);
                    }

                    latencies[index] = (clock.ElapsedTicks - dueTicks) * 1000.0 / Stopwatch.Frequency;
                }));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);
        }

        await Task.WhenAll(inFlight);
        var elapsed = clock.Elapsed.TotalSeconds;
        host.Refresh();
        var hostCpu = (host.TotalProcessorTime - hostCpuBefore).TotalMicroseconds / total;
        if (!report)
        {
            return 0;
        }

        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(total - 1, (int)Math.Ceiling(q * total) - 1)];
        Console.WriteLine(FormattableString.Invariant(
            $"rate: {total} signed /{command} at {rate}/s asked, {total / elapsed:F0}/s done in {elapsed:F1} s; {Environment.ProcessorCount} cores, host on core 0, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(FormattableString.Invariant(
            $"latency from due time, ms: p50 {At(0.50):F2}, p90 {At(0.90):F2}, p99 {At(0.99):F2}, p99.9 {At(0.999):F2}, max {latencies[^1]:F2}; not 200: {failures}; host CPU {hostCpu:F0} µs a request"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Server on core 0, this generator on the last core: they do not take each other's time.</summary>
    private static void Pin(Process host, int cores)
    {
        if (cores < 2 || !(OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            return;
        }

        host.ProcessorAffinity = 1;
        Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << (cores - 1));
    }
}
