using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Grader.Protocol;

namespace Grader.Workers;

/// <summary>One worker process: started with a scratch folder and a stripped environment, fed
/// requests on stdin, read line by line on stdout. Only lines tagged with the current request's
/// nonce are events; everything else is ignored. Killing takes the whole process tree.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private const int StderrTailChars = 4096;

    private readonly Process _process;
    private readonly string _scratch;
    private readonly StringBuilder _stderr = new();
    private readonly Channel<string?> _lines = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ProcessCpu _cpu;

    private WorkerProcess(Process process, string scratch)
    {
        _process = process;
        _scratch = scratch;
        _cpu = new ProcessCpu(process);
    }

    /// <summary>CPU time the worker has used since it started (sandbox included).</summary>
    public TimeSpan CpuUsed() => _cpu.Used();

    public int Requests { get; private set; }

    /// <summary>Requests that ran code other than the hidden tests' listing: a submission, the
    /// reference, quiz answers. Until the first, the worker is as fresh as a new one.</summary>
    public int CodeRequests { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>The worker said, with a request's "done", that it should be replaced.</summary>
    public bool RetireRequested { get; private set; }

    public static WorkerProcess Start(WorkerLimits limits)
    {
        var scratch = Directory.CreateTempSubdirectory("grader-worker-").FullName;
        // Nothing of the grader's environment (tokens, paths, secrets) reaches student code.
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = Sandbox.Available ? "/tmp" : scratch,
            ["TMPDIR"] = Sandbox.Available ? "/tmp" : scratch,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_gcServer"] = "0",
            // W^X maps code through a memfd that RLIMIT_FSIZE would cap; off, the limit applies to real files only.
            ["DOTNET_EnableWriteXorExecute"] = "0",
            ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)limits.MemoryMb * 1024 * 1024).ToString("X"),
            ["MALLOC_ARENA_MAX"] = "1",
        };
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root)) env["DOTNET_ROOT"] = root;

        var host = WorkerLocator.DotnetHost();
        var readable = new List<string>(limits.ReadOnlyPaths) { AppContext.BaseDirectory, Path.GetDirectoryName(Path.GetFullPath(host))! };
        var (file, args) = Sandbox.Command(host, [WorkerLocator.WorkerDll], readable, env);
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = scratch,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Clear();
        foreach (var (k, v) in env) psi.Environment[k] = v;

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the grading worker");
        var worker = new WorkerProcess(process, scratch);
        // A thread of its own blocks on the worker's output: a batch reads some 40 events per
        // submission, and reading them asynchronously (the runtime's I/O thread, then a pool
        // thread, then the reader's continuation) woke three threads per line, 0.9 s of the
        // supervisor's CPU per 800 submissions, on the cores the workers need.
        new Thread(worker.PumpStdout) { IsBackground = true, Name = "worker stdout" }.Start();
        _ = worker.PumpStderrAsync();
        return worker;
    }

    public async Task SendAsync(WorkerRequest request)
    {
        Requests++;
        if (request.Kind != RequestKind.Discover) CodeRequests++;
        await _process.StandardInput.WriteLineAsync(Wire.Serialize(request));
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Next event for <paramref name="nonce"/>; null when the worker's output ended (it
    /// exited or was killed). Throws <see cref="TimeoutException"/> at the deadline.</summary>
    public async Task<WorkerEvent?> NextEventAsync(string nonce, DateTime deadlineUtc, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            // Events mostly come in bursts: one already read costs no timer.
            if (!_lines.Reader.TryRead(out var line))
            {
                var remaining = deadlineUtc - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero) throw new TimeoutException();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(remaining);
                try
                {
                    line = await _lines.Reader.ReadAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new TimeoutException();
                }
                catch (ChannelClosedException)
                {
                    return null;
                }
            }
            if (line is null) return null;
            var e = Wire.TryParseEvent(line, nonce);
            if (e is null) continue;
            if (e is { Type: EventType.Done, Retire: true }) RetireRequested = true;
            return e;
        }
    }

    public static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async Task<WorkerExit> WaitForExitAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { Kill(); await _process.WaitForExitAsync(); }
        string tail;
        lock (_stderr) tail = _stderr.ToString();
        return new WorkerExit(_process.HasExited ? _process.ExitCode : null, tail);
    }

    private void PumpStdout()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
                _lines.Writer.TryWrite(line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        _lines.Writer.TryComplete();
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[1024];
        try
        {
            int n;
            while ((n = await _process.StandardError.ReadAsync(buffer)) > 0)
                lock (_stderr)
                {
                    // Keep the head: the runtime names the fatal error first ("Stack overflow.").
                    if (_stderr.Length < StderrTailChars) _stderr.Append(buffer, 0, Math.Min(n, StderrTailChars - _stderr.Length));
                }
        }
        catch (IOException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.StandardInput.Close(); } catch (IOException) { }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try { await _process.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException) { Kill(); }
        }
        _process.Dispose();
        _cpu.Dispose();
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
