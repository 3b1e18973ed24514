using System.Diagnostics;

namespace BriefBot.Host.Tests.Faults;

/// <summary>The real BriefBot executable in a child process, so a test can <c>kill -9</c> it mid-way.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Pattern, TaskCompletionSource Seen)> _waits = [];
    private readonly List<(string Pattern, int Times, TaskCompletionSource Seen)> _countedWaits = [];
    private readonly Lock _gate = new();
    private readonly System.Text.StringBuilder _output = new();

    private ChildProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public Task Exited => _exited.Task;

    public static ChildProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(BriefBotApp).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes when a line containing <paramref name="pattern"/> has been written (or was already).</summary>
    public Task WhenLogged(string pattern)
    {
        lock (_gate)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_output.ToString().Contains(pattern, StringComparison.Ordinal))
            {
                seen.SetResult();
            }
            else
            {
                _waits.Add((pattern, seen));
            }

            return seen.Task;
        }
    }

    /// <summary>How many lines written so far contain <paramref name="pattern"/>.</summary>
    public int CountLogged(string pattern)
    {
        lock (_gate)
        {
            return Count(_output.ToString(), pattern);
        }
    }

    /// <summary>Completes once <paramref name="times"/> lines containing <paramref name="pattern"/> have been written in all.</summary>
    public Task WhenLogged(string pattern, int times)
    {
        lock (_gate)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (Count(_output.ToString(), pattern) >= times)
            {
                seen.SetResult();
            }
            else
            {
                _countedWaits.Add((pattern, times, seen));
            }

            return seen.Task;
        }
    }

    /// <summary>SIGKILL: no finally blocks, no flush, no dispose — what a crash or OOM killer does.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM: the host stops as under systemd or Kubernetes, running its shutdown.</summary>
    public void Stop()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Where the host listens, from its "Now listening on:" line.</summary>
    public async Task<Uri> ListeningAsync()
    {
        const string Marker = "Now listening on: ";
        await WhenLogged(Marker);
        var line = Output.Split('\n').First(l => l.Contains(Marker, StringComparison.Ordinal));
        return new Uri(line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim());
    }

    public int ExitCode => _process.ExitCode;

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Append(line).Append('\n');
            foreach (var wait in _waits.Where(w => line.Contains(w.Pattern, StringComparison.Ordinal)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
            }

            var output = _output.ToString();
            foreach (var wait in _countedWaits.Where(w => line.Contains(w.Pattern, StringComparison.Ordinal) && Count(output, w.Pattern) >= w.Times).ToList())
            {
                wait.Seen.TrySetResult();
                _countedWaits.Remove(wait);
            }
        }
    }

    private static int Count(string output, string pattern) => output.Split('\n').Count(l => l.Contains(pattern, StringComparison.Ordinal));

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
