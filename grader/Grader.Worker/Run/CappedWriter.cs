using System.Text;

namespace Grader.Worker.Run;

/// <summary>Where Console output of student code goes: kept up to a cap, the rest counted and
/// dropped, so an output flood costs neither memory nor the result channel.</summary>
internal sealed class CappedWriter(int capChars) : TextWriter
{
    private readonly StringBuilder _text = new();
    private long _dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            if (_text.Length < capChars) _text.Append(value);
            else _dropped++;
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_text)
        {
            var room = Math.Max(0, capChars - _text.Length);
            if (value.Length <= room) _text.Append(value);
            else { _text.Append(value.AsSpan(0, room)); _dropped += value.Length - room; }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>Returns what was captured since the last call and starts afresh.</summary>
    public string? TakeText()
    {
        lock (_text)
        {
            if (_text.Length == 0 && _dropped == 0) return null;
            var s = _text.ToString();
            if (_dropped > 0) s += $"\n[output truncated: {_dropped} more characters]";
            _text.Clear();
            _dropped = 0;
            return s;
        }
    }
}
