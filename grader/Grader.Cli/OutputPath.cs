namespace Grader.Cli;

/// <summary>Checks where a command will write before it does any work, so a file given for a
/// folder, a folder given for a file or a read-only place stops it with one line naming the option
/// (exit 2) rather than failing half-way and leaving half its output behind.</summary>
internal static class OutputPath
{
    /// <summary>A folder to write into, created if need be; its full path.</summary>
    public static string Folder(string given, string option)
    {
        var full = Path.GetFullPath(given);
        if (System.IO.File.Exists(full)) throw GraderException.BadInput($"{option} {given} is a file, not a folder: give a folder to write into.");
        Writable(full, given, option, create: true);
        return full;
    }

    /// <summary>A file to write (or replace); its full path. Its folder is created if need be.</summary>
    public static string File(string given, string option)
    {
        var full = Path.GetFullPath(given);
        if (Directory.Exists(full)) throw GraderException.BadInput($"{option} {given} is a folder: give the path of the file to write.");
        var parent = Path.GetDirectoryName(full)!;
        if (System.IO.File.Exists(parent)) throw GraderException.BadInput($"{option} {given}: {parent} is a file, not a folder.");
        Writable(parent, given, option, create: true);
        return full;
    }

    /// <summary>Creates the folder if asked and proves it can be written by writing (and
    /// removing) a probe file: permissions alone do not say (root, read-only mounts, ACLs).</summary>
    private static void Writable(string folder, string given, string option, bool create)
    {
        var probe = Path.Combine(folder, $".grader-probe-{Environment.ProcessId}");
        try
        {
            if (create) Directory.CreateDirectory(folder);
            System.IO.File.WriteAllBytes(probe, []);
            System.IO.File.Delete(probe);
        }
        catch (UnauthorizedAccessException)
        {
            throw GraderException.BadInput($"cannot write to {option} {given}: permission denied in {folder}.");
        }
        catch (IOException e)
        {
            throw GraderException.BadInput($"cannot write to {option} {given}: {e.Message.Replace(probe, folder, StringComparison.Ordinal)}");
        }
    }
}
