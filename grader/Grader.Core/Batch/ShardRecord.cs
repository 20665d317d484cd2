using Newtonsoft.Json;

namespace Grader.Batch;

/// <summary>&lt;out&gt;/shard.json: written by `batch --shard i/n` (1/1 without --shard) when its run
/// finished (and removed when one starts), so `merge` knows how many shards there were and which it holds — a missing
/// or repeated shard is refused instead of quietly leaving students out or counting them twice.</summary>
public sealed record ShardRecord
{
    public const string FileName = "shard.json";

    [JsonProperty("module")] public required string Module { get; init; }
    [JsonProperty("shard")] public required int Index { get; init; }
    [JsonProperty("of")] public required int Count { get; init; }
    [JsonProperty("submissions")] public int Submissions { get; init; }

    public static void Remove(string outDirectory) => File.Delete(Path.Combine(outDirectory, FileName));

    public void Write(string outDirectory)
    {
        var path = Path.Combine(outDirectory, FileName);
        File.WriteAllText(path + ".tmp", JsonConvert.SerializeObject(this, Formatting.Indented));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <returns>The record, or null and why there is none.</returns>
    public static (ShardRecord? record, string? problem) Read(string outDirectory)
    {
        var path = Path.Combine(outDirectory, FileName);
        if (!File.Exists(path)) return (null, "has no " + FileName + " (written when a `batch` run finishes): an unfinished shard, or not a shard's --out");
        try
        {
            var record = JsonConvert.DeserializeObject<ShardRecord>(File.ReadAllText(path));
            return record is { Index: >= 1, Count: >= 1 } && record.Index <= record.Count ? (record, null) : (null, $"has an unreadable {FileName}");
        }
        catch (JsonException) { return (null, $"has an unreadable {FileName}"); }
    }

    /// <summary>Why these shards do not make one whole batch (each of 1..n exactly once, one
    /// module); null when they do.</summary>
    public static string? Incomplete(IReadOnlyList<(string input, ShardRecord record)> shards)
    {
        var counts = shards.Select(s => s.record.Count).Distinct().ToList();
        if (counts.Count > 1)
            return "the shards were cut differently (" + string.Join(", ", shards.Select(s => $"{s.input} is {s.record.Index}/{s.record.Count}")) + "); merge the shards of one run.";
        var modules = shards.Select(s => s.record.Module).Distinct().ToList();
        if (modules.Count > 1) return $"the shards grade different modules ({string.Join(" and ", modules)}).";
        var twice = shards.GroupBy(s => s.record.Index).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return $"shard {twice.Key}/{counts[0]} is given more than once ({string.Join(", ", twice.Select(s => s.input))}); give each shard once.";
        var missing = Enumerable.Range(1, counts[0]).Except(shards.Select(s => s.record.Index)).ToList();
        if (missing.Count > 0)
            return $"shard{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(i => $"{i}/{counts[0]}"))} {(missing.Count == 1 ? "is" : "are")} missing: " +
                   $"merge needs all {counts[0]} shards (run `batch --shard i/{counts[0]}` for the missing ones, then merge again).";
        return null;
    }
}
