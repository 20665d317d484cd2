using System.Text;

namespace Grader.Batch;

/// <summary>"--shard i/n": this run grades the submissions whose id hashes to shard i (1-based)
/// of n. The hash is of the id alone, so a submission lands in the same shard whatever else is
/// in the batch, on any machine.</summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var i) || !int.TryParse(parts[1], out var n) || n < 1 || i < 1 || i > n)
        {
            error = $"'{text}' is not a shard: write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.";
            return false;
        }
        shard = new Shard(i, n);
        return true;
    }

    public bool Contains(string id) => Count == 1 || (int)(Fnv1a(id) % (uint)Count) == Index - 1;

    private static uint Fnv1a(string s)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(s)) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}
