using System.Text;

namespace Grader.Worker.Run;

/// <summary>Where Console output of student code goes: kept up to a cap, the rest counted and
/// dropped, so an output flood costs neither memory nor the result channel — nor much of the
/// test's CPU limit: printing in a loop is common, and a correct solution that prints while it
/// debugs must not time out for it.</summary>
internal sealed class CappedWriter(int capChars) : TextWriter
{
    private readonly StringBuilder _text = new();
    private long _dropped;

    /// <summary>Set once the cap is reached: from then on a write only adds to the count.</summary>
    private volatile bool _full;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> value)
    {
        if (_full) { Interlocked.Add(ref _dropped, value.Length); return; }
        lock (_text)
        {
            var room = Math.Max(0, capChars - _text.Length);
            if (value.Length <= room) _text.Append(value);
            else { _text.Append(value[..room]); _dropped += value.Length - room; }
            _full = _text.Length >= capChars;
        }
    }

    // TextWriter's own WriteLine makes two calls and a new string for the line end each time.
    public override void WriteLine(string? value)
    {
        if (_full) { Interlocked.Add(ref _dropped, (value?.Length ?? 0) + 1); return; }
        lock (_text)
        {
            Write(value);
            Write('\n');
        }
    }

    public override void WriteLine() => Write('\n');

    /// <summary>Returns what was captured since the last call and starts afresh.</summary>
    public string? TakeText()
    {
        lock (_text)
        {
            var dropped = Interlocked.Exchange(ref _dropped, 0);
            if (_text.Length == 0 && dropped == 0) return null;
            var s = _text.ToString();
            if (dropped > 0) s += $"\n[output truncated: {dropped} more characters]";
            _text.Clear();
            _full = false;
            return s;
        }
    }
}
