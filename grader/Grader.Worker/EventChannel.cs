using Grader.Protocol;

namespace Grader.Worker;

/// <summary>The result channel: the process's real stdout, taken before any student code runs
/// and written only here, each line tagged with the request's nonce.</summary>
internal sealed class EventChannel(Stream stdout)
{
    private readonly StreamWriter _writer = new(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
    private readonly Lock _gate = new();

    public string Nonce { get; set; } = "";

    public void Send(WorkerEvent e)
    {
        var line = Wire.EventLine(Nonce, e);
        lock (_gate) _writer.WriteLine(line);
    }
}
