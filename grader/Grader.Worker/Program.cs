using Grader.Protocol;
using Grader.Worker;
using Grader.Worker.Run;

// Take the real streams before anything else can: from here on, Console belongs to student code
// and leads nowhere the supervisor listens.
var stdin = new StreamReader(Console.OpenStandardInput());
var channel = new EventChannel(Console.OpenStandardOutput());
if (Environment.GetEnvironmentVariable("GRADER_WORKER_TRACE") == "1")
    SubmissionPipeline.TraceOut = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
Console.SetIn(TextReader.Null);
var sink = new CappedWriter(64 * 1024);
Console.SetOut(sink);
Console.SetError(sink);

// MathNet runs large products on the thread pool; one worker per core already uses the cores,
// and single-threaded maths keeps timings steady and results bit-for-bit reproducible.
MathNet.Numerics.Control.UseSingleThread();

ParentWatch.Start();
var pipeline = new SubmissionPipeline(channel);
while (stdin.ReadLine() is { } line)
{
    if (line.Length == 0) continue;
    WorkerRequest request;
    try { request = Wire.Deserialize<WorkerRequest>(line); }
    catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
    {
        channel.Nonce = "";
        channel.Send(new WorkerEvent { Type = EventType.Fatal, Message = "unreadable request: " + e.Message });
        continue;
    }

    channel.Nonce = request.Nonce;
    var before = ProcessState.Now();
    try
    {
        pipeline.Handle(request);
    }
    catch (Exception e)
    {
        channel.Send(new WorkerEvent { Type = EventType.Fatal, Message = e.ToString() });
    }
    Console.SetOut(sink);
    sink.TakeText();
    // NUnit's static caches would otherwise keep every submission's test tree.
    NUnitCaches.Clear();
    // A worker that cannot show it is as quiet as before the request is replaced before the next.
    var changes = ProcessState.ChangedSince(before);
    if (changes.Count > 0) SubmissionPipeline.TraceOut?.WriteLine("not quiet: " + string.Join(", ", changes));
    channel.Send(new WorkerEvent { Type = EventType.Done, Retire = changes.Count > 0 || pipeline.Exhausted || Retirement.Due() ? true : null });
}

// Threads a submission left running must not keep the process alive.
Environment.Exit(0);
