using Grader.Protocol;

namespace Grader.Worker.Policy;

/// <summary>The grader's own policy, in force for every module before the manifest's additions:
/// student code may compute, and nothing else.</summary>
internal static class DefaultPolicy
{
    private const string Io = "your code may not read or write files or streams; it only computes and returns values";
    private const string Net = "network access is not allowed in graded code";
    private const string Proc = "starting processes or using diagnostics APIs is not allowed in graded code";
    private const string Refl = "reflection and run-time code generation are not allowed in graded code";
    private const string Threads = "threads and tasks are not allowed in graded code: compute on the calling thread";
    private const string Env = "the process environment is off limits to graded code";
    private const string Interop = "native code and unsafe memory access are not allowed in graded code";
    private const string Shared = "graded code may not change process-wide settings or schedule work that outlives the call: compute on the calling thread and return";
    private const string Runtime = "this exception is the runtime's own diagnosis (out of memory, a missing member): graded code may not throw or catch it";

    public static readonly IReadOnlyList<PolicyBan> Bans =
    [
        new("N:System.IO", Io),
        new("N:System.Net", Net),
        new("N:System.Diagnostics", Proc),
        new("N:System.Reflection", Refl),
        new("N:System.Linq.Expressions", Refl),
        new("N:System.Runtime", Interop),
        new("N:System.Threading", Threads),
        new("N:System.Security", Env),
        new("N:System.Resources", Io),
        new("N:System.Timers", Threads),
        new("N:Microsoft.Win32", Env),
        new("N:MathNet.Numerics.Providers", Interop),
        new("T:System.Environment", Env),
        new("T:System.AppDomain", Env),
        new("T:System.AppContext", Env),
        new("T:System.Activator", Refl),
        new("T:System.Type", Refl),
        new("T:System.GC", "controlling the garbage collector is not allowed in graded code"),
        new("T:System.TypedReference", Interop),
        new("T:System.RuntimeTypeHandle", Refl),
        new("T:System.RuntimeMethodHandle", Refl),
        new("T:System.RuntimeFieldHandle", Refl),
        new("T:System.ArgIterator", Interop),
        new("T:System.Buffer", Interop),
        new("T:MathNet.Numerics.Control", "changing MathNet's global settings is not allowed in graded code"),
        new("M:System.Console.ReadLine", "graded code cannot read input: there is nobody at the keyboard"),
        new("M:System.Console.Read", "graded code cannot read input: there is nobody at the keyboard"),
        new("M:System.Console.ReadKey", "graded code cannot read input: there is nobody at the keyboard"),
        new("M:System.Console.In", "graded code cannot read input: there is nobody at the keyboard"),
        new("M:System.Console.OpenStandardInput", Io),
        new("M:System.Console.OpenStandardOutput", Io),
        new("M:System.Console.OpenStandardError", Io),
        new("M:System.Console.SetIn", Io),
        new("M:System.Console.SetOut", Io),
        new("M:System.Console.SetError", Io),
        new("M:System.Console.Out", Io),
        new("M:System.Console.Error", Io),
        new("M:System.Object.GetType", Refl),
        new("M:System.Delegate.Method", Refl),
        new("M:System.Delegate.Target", Refl),
        // Process-wide state and work beyond the call: a submission must not reach the next one.
        // An IQueryable compiles its query's expression trees at run time (query syntax hides them).
        new("T:System.Linq.Queryable", Refl),
        new("T:System.Linq.IQueryable", Refl),
        new("T:System.Linq.IOrderedQueryable", Refl),
        new("T:System.Linq.IQueryProvider", Refl),
        new("T:System.Linq.EnumerableQuery", Refl),
        new("T:System.Linq.EnumerableExecutor", Refl),
        new("T:System.Linq.ParallelEnumerable", Shared),
        new("T:System.Linq.ParallelQuery", Shared),
        new("T:System.Progress", Shared),
        new("T:System.Lazy", Shared),
        new("M:System.Globalization.CultureInfo.DefaultThreadCurrentCulture", Shared),
        new("M:System.Globalization.CultureInfo.DefaultThreadCurrentUICulture", Shared),
        new("M:System.Globalization.CultureInfo.CurrentCulture", Shared),
        new("M:System.Globalization.CultureInfo.CurrentUICulture", Shared),
        new("M:System.Text.Encoding.RegisterProvider", Shared),
        new("T:System.Text.EncodingProvider", Shared),
        new("M:System.Console.CancelKeyPress", Shared),
        new("M:System.Console.TreatControlCAsInput", Shared),
        // What the grader reads as a diagnosis must come from the runtime, not from the submission.
        new("T:System.OutOfMemoryException", Runtime),
        new("T:System.InsufficientMemoryException", Runtime),
        new("T:System.InsufficientExecutionStackException", Runtime),
        new("T:System.StackOverflowException", Runtime),
        new("T:System.MissingMethodException", Runtime),
        new("T:System.MissingFieldException", Runtime),
        new("T:System.MissingMemberException", Runtime),
        new("T:System.TypeLoadException", Runtime),
        new("T:System.MethodAccessException", Runtime),
        new("T:System.FieldAccessException", Runtime),
        new("T:System.MemberAccessException", Runtime),
    ];

    /// <summary>"N:X" allows exactly namespace X; "N:X.*" allows X and everything below it.
    /// MathNet.Numerics itself holds helpers a correct solution may well use (Permutation, which
    /// PermuteRows takes; Combinatorics, Precision, Constants, SpecialFunctions) beside ones that do a
    /// module's task (Differentiate, Fit, FindRoots...), which those modules ban by name.</summary>
    public static readonly IReadOnlyList<string> Allow =
    [
        "N:System",
        "N:System.Collections.Generic",
        "N:System.Linq",
        "N:System.Text",
        "N:System.Globalization",
        "N:System.Numerics",
        "N:System.Collections",
        "N:System.Collections.ObjectModel",
        "N:MathNet.Numerics",
        "N:MathNet.Numerics.LinearAlgebra.*",
        "N:MathNet.Numerics.Statistics",
        "N:MathNet.Numerics.Distributions",
    ];

    /// <summary>Allowed although a ban above covers their namespace (and the allow-list does not): they do nothing at run time.</summary>
    public static readonly IReadOnlyList<string> Exempt =
    [
        "T:System.Runtime.CompilerServices.MethodImplAttribute",
        "T:System.Runtime.CompilerServices.MethodImplOptions",
        // Debug.Assert and the rest are compiled only with DEBUG, which graded code is not.
        "T:System.Diagnostics.Debug",
    ];
}
