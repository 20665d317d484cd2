using System.Globalization;

namespace Grader.Worker.Quiz;

/// <summary>Every sentence a student reads about a quiz answer, in one place: what was wrong and
/// what to write instead.</summary>
internal static class QuizFeedback
{
    /// <summary>^ used as a power, with the fix written for the student's own operands when they
    /// are short (x^2 → x*x or Math.Pow(x, 2); e^x → Math.Exp(x)).</summary>
    public static string Power(string? left, string? right)
    {
        const string head = "C# has no power operator: ^ is bitwise XOR. ";
        if (left is null || right is null || left.Length > 20 || right.Length > 20) return head + "Write x*x or Math.Pow(x, 2).";
        static string Bare(string s) => s.StartsWith('(') && s.EndsWith(')') ? s[1..^1] : s;
        if (left == "e") return head + $"Write Math.Exp({Bare(right)}).";
        if (right == "2") return head + $"Write {left}*{left} or Math.Pow({Bare(left)}, 2).";
        return head + $"Write Math.Pow({Bare(left)}, {Bare(right)}).";
    }

    /// <summary>One slip as it is; several at once, numbered, so one retry can fix them all.</summary>
    public static string Slips(IReadOnlyList<string> slips) => slips.Count == 1
        ? slips[0]
        : $"{slips.Count} things to fix: " + string.Join(" ", slips.Select((s, i) => $"({i + 1}) {s.TrimEnd('.')}."));

    public const string DoubleStar = "C# has no power operator: ** is not one. Write x*x or Math.Pow(x, 2).";

    public const string EulerE = "e is not defined in C#: write Math.E for the number e, or Math.Exp(x) for e to the power x.";

    public const string ScalarExpected = "the answer is a single number, not an array.";

    public const string AcceptedWithoutKey = "well-formed: no slip, only allowed names, and it compiles. Whether it is right is decided when you hand it in (the key is not in your repository).";

    public const string BlockBody = "write the lambda's body as one expression (x => x*x), not a { … } block with return.";

    public static string NotAllowed(IReadOnlyList<string> parameters, string construct)
    {
        var names = parameters.Count switch
        {
            0 => "",
            1 => $"the parameter {parameters[0]}, ",
            _ => $"the parameters {string.Join(", ", parameters)}, ",
        };
        return $"only numbers, {names}arithmetic and Math functions are allowed; '{construct}' is not";
    }

    public static string IntegerDivision(string left, string right, long quotient, double exact, bool leftIsLiteral)
    {
        var fix = leftIsLiteral ? $"{left}.0/{right}" : $"(double)({left})/{right}";
        var plain = Math.Round(exact, 4) == exact ? " or " + exact.ToString("R", CultureInfo.InvariantCulture) : "";
        return $"{left}/{right} is integer division in C# and equals {quotient}: write {fix}{plain}";
    }

    public static string MathPrefix(string written, string member) => written.ToLowerInvariant() switch
    {
        "ln" or "math.ln" => "write Math.Log for ln: in C# Math.Log is the natural logarithm (and Math.Log10 the base-10 one).",
        _ => $"write Math.{member}: C# is case-sensitive and needs the Math. prefix",
    };

    public static string MissingTimes(string before, string after) =>
        $"C# needs * for every product: write {before}*{after} where you wrote {before}{after}";

    public static string ParameterCalled(string parameter) => $"{parameter} is a number, not a function: write {parameter}*(…) to multiply";

    public static string ConstantCalled(string constant) => $"Math.{constant} is a number, not a function: write Math.{constant} without ()";

    public static string Tuple(IReadOnlyList<string> parts) =>
        $"({string.Join(", ", parts)}) is a tuple, not an array: write new[] {{ {string.Join(", ", parts)} }}";

    public static string BareArray(string inside) => $"an array is written new[] {{ {inside} }} in C#";

    public static string NotAnExpression(string compilerMessage) => $"this is not a C# expression: {compilerMessage}";

    public static string LambdaParameters(IReadOnlyList<string> expected, IReadOnlyList<string> written) =>
        $"the lambda's parameters must be the question's variables, {Signature(expected)}; you wrote {Signature(written)}";

    public static string ArrayExpected(int length) =>
        $"the answer is an array of {length} numbers: write new[] {{ {string.Join(", ", Enumerable.Repeat("…", Math.Max(length, 1)))} }}";

    public static string DoesNotCompile(string compilerMessage) => $"it does not compile: {compilerMessage}";

    public static string TooLong(int length, int max) => $"the answer is {length} characters long; at most {max} are accepted";

    public const string TooDeep = "the answer nests brackets too deeply; write it more simply";

    public static string Threw(string what) => $"evaluating it failed ({what})";

    public static string KeyBroken(string problem) =>
        $"This question could not be graded: its answer key is broken ({problem}). Please tell the instructor.";

    /// <summary>"at x = 0.37: expected ≈ 1.234, got 0.987" (arrays shown whole).</summary>
    public static string Differs(IReadOnlyList<string> names, double[] point, double[] expected, double[] got, bool vector)
    {
        var (e, g) = Distinct(expected, got, vector);
        return $"{At(names, point)}expected ≈ {e}, got {g}";
    }

    /// <summary>A constant: the expected value is not shown, or the message would be the answer.</summary>
    public static string ConstantDiffers(double[] got, bool vector) =>
        $"your answer evaluates to {Show(got, vector, 6)}, which is not the expected value";

    public static string LengthDiffers(IReadOnlyList<string> names, double[] point, int expected, int got) =>
        $"{At(names, point)}expected an array of {expected} numbers, got {got}";

    public static string NeverFinite(IReadOnlyList<string> names, double[] point, double[] got, bool vector) =>
        $"your answer is not a finite number anywhere the expected value is ({At(names, point).TrimEnd(' ', ':')} it is {Show(got, vector, 6)})";

    public static string OftenNotFinite(IReadOnlyList<string> names, double[] point, double[] got, bool vector, int count, int of) =>
        $"your answer is not a finite number at {count} of the {of} points checked where the expected value is ({At(names, point).TrimEnd(' ', ':')} it is {Show(got, vector, 6)})";

    private static string At(IReadOnlyList<string> names, double[] point) =>
        names.Count == 0 ? "" : "at " + string.Join(", ", names.Select((n, i) => $"{n} = {Num(point[i], 6)}")) + ": ";

    /// <summary>Both sides with just enough digits to tell them apart.</summary>
    private static (string expected, string got) Distinct(double[] expected, double[] got, bool vector)
    {
        for (var digits = 4; digits < 17; digits++)
        {
            var (e, g) = (Show(expected, vector, digits), Show(got, vector, digits));
            if (e != g) return (e, g);
        }
        return (Show(expected, vector, 17), Show(got, vector, 17));
    }

    private static string Show(double[] values, bool vector, int digits) =>
        vector ? "[" + string.Join(", ", values.Select(v => Num(v, digits))) + "]" : Num(values.Length > 0 ? values[0] : double.NaN, digits);

    private static string Num(double v, int digits) => v.ToString("G" + digits, CultureInfo.InvariantCulture);

    private static string Signature(IReadOnlyList<string> names) => names.Count == 1 ? names[0] + " => …" : $"({string.Join(", ", names)}) => …";
}
