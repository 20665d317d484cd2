using System.Reflection;

namespace Grader.Protocol;

/// <summary>Every stable feedback id the grader itself emits, by pipeline stage. Reports, exports
/// and class summaries key on these, so they never change meaning. A hidden test that diagnoses a
/// catalogued mistake uses the module's own id instead (mNN.kebab-id, see tests/&lt;slug&gt;/mistakes.json).</summary>
public static class FeedbackIds
{
    public static class Load
    {
        public const string MissingFolder = "grader.load.missing_folder";
        public const string Empty = "grader.load.empty";
        /// <summary>More than one copy of a module file (a class folder handed in as one submission): refused.</summary>
        public const string SeveralCopies = "grader.load.several_copies";
        /// <summary>A file is missing and the assignment folder's starter, which would stand in for it, is not the committed one.</summary>
        public const string NoStarter = "grader.load.no_starter";
    }

    public static class Compile
    {
        /// <summary>Nothing could run: the submission does not compile even with the broken members cut out.</summary>
        public const string Error = "grader.compile.error";
        public const string Timeout = "grader.compile.timeout";
    }

    public static class Policy
    {
        public const string Violation = "grader.policy.violation";
    }

    public static class Run
    {
        public const string Timeout = "grader.run.timeout";
        public const string SubmissionTimeout = "grader.run.submission_timeout";
        public const string SetupTimeout = "grader.run.setup_timeout";
        public const string Crash = "grader.run.crash";
        public const string Internal = "grader.internal";
    }

    public static class Graded
    {
        public const string Complete = "grader.graded";
        public const string PartialCompile = "grader.graded.partial_compile";
        public const string PolicyQuarantine = "grader.graded.policy_quarantine";
    }

    public static class Test
    {
        public const string Passed = "test.passed";
        public const string NotRun = "test.not_run";
        public const string Assertion = "test.assertion";
        public const string Error = "test.error";
        public const string Exception = "test.exception";
        public const string NotImplemented = "test.not_implemented";
        public const string SignatureMismatch = "test.signature_mismatch";
        public const string CompileError = "test.compile_error";
        public const string PolicyViolation = "test.policy_violation";
        public const string OutOfMemory = "test.out_of_memory";
    }

    /// <summary>Every id above.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(FeedbackIds).GetNestedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
