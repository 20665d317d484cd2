using Grader.Worker.Compile;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Grader.Protocol;

namespace Grader.Worker.Run;

/// <summary>Turns NUnit's raw failure text into a student-facing message with a stable feedback id.
/// Assertion messages written by the hidden tests pass through unchanged; runtime errors that
/// mean "not done yet" or "wrong signature" are explained in words.</summary>
/// <param name="markerSecret">The secret in the quarantine markers of the assembly under test
/// (<see cref="MemberQuarantine"/>): this worker's, or that of the worker that compiled it.</param>
/// <param name="issued">The marked reasons compiled into that assembly: a verdict is the grader's
/// only when it is one of them, whatever secret a message carries.</param>
internal sealed partial class FeedbackTranslator(Lazy<CSharpCompilation?> student, string assemblyName, string markerSecret, IReadOnlyCollection<string> issued)
{
    private readonly string _compileMarker = MemberQuarantine.CompileMarkerFor(markerSecret);
    private readonly string _policyMarker = MemberQuarantine.PolicyMarkerFor(markerSecret);

    /// <summary>Student-controlled text without the marker secret (a submission can read it from a
    /// cut member's exception and print or rethrow it).</summary>
    public string? Scrub(string? text) => text?.Replace(markerSecret, "…", StringComparison.Ordinal);

    public (string feedbackId, string? message) Translate(string? message, string? stackTrace, bool isError)
    {
        message = message?.Trim();
        if (!isError) return Assertion(message);
        if (message is null) return (FeedbackIds.Test.Error, null);

        var quarantined = message.IndexOf("[grader:", StringComparison.Ordinal);
        if (message.StartsWith("System.NotSupportedException", StringComparison.Ordinal) && quarantined >= 0)
        {
            var reason = message[quarantined..];
            // The issued text itself, not the message: a copied secret cannot carry words of its own.
            var genuine = issued.FirstOrDefault(r => reason.StartsWith(r, StringComparison.Ordinal));
            if (genuine?.StartsWith(_compileMarker, StringComparison.Ordinal) == true)
                return (FeedbackIds.Test.CompileError, "Not graded: " + genuine[_compileMarker.Length..]);
            if (genuine?.StartsWith(_policyMarker, StringComparison.Ordinal) == true)
                return (FeedbackIds.Test.PolicyViolation, "Not graded: " + genuine[_policyMarker.Length..]);
        }
        if (message.StartsWith("System.NotImplementedException", StringComparison.Ordinal))
        {
            var member = StudentFrame(stackTrace);
            return (FeedbackIds.Test.NotImplemented, member is null
                ? "Not implemented yet: a method this test calls still throws NotImplementedException."
                : $"Not implemented yet: {member} still throws NotImplementedException.");
        }
        var missingMethod = MissingMethod().Match(message);
        if (missingMethod.Success) return (FeedbackIds.Test.SignatureMismatch, DescribeMissing(missingMethod.Groups["sig"].Value));
        var missingType = MissingType().Match(message);
        if (missingType.Success)
            return (FeedbackIds.Test.SignatureMismatch,
                $"Missing type: the tests use the class {Short(missingType.Groups["type"].Value)}, which your submission does not declare. " +
                "Keep the class names and namespace from the starter code.");
        if (message.StartsWith("System.MethodAccessException", StringComparison.Ordinal) ||
            message.StartsWith("System.FieldAccessException", StringComparison.Ordinal))
            return (FeedbackIds.Test.SignatureMismatch, "Access mismatch: the tests call a member your submission made non-public. Keep the members public, as in the starter code.");
        if (message.StartsWith("System.OutOfMemoryException", StringComparison.Ordinal) ||
            message.StartsWith("System.InsufficientExecutionStackException", StringComparison.Ordinal))
            return (FeedbackIds.Test.OutOfMemory, "Out of memory: this test's code allocated more than the memory limit allows.");

        var frame = StudentFrame(stackTrace);
        var exception = message.Split(" : ", 2);
        var text = exception.Length == 2
            ? $"Your code threw {exception[0]}: {exception[1]}"
            : $"Your code threw {message}";
        if (frame is not null) text += $" (in {frame})";
        return (FeedbackIds.Test.Exception, text);
    }

    /// <summary>A hidden test's own failure message. One that diagnoses a catalogued mistake writes
    /// "Mistake [m04.some-id]: …": the id becomes the feedback id (so a class's mistakes can be
    /// counted) and the student reads "Mistake: …". A test that quotes the student's own text (an
    /// exception's message) changes its "Mistake [" (Calculus.TestSupport.StudentText.Quote), so a
    /// submission cannot plant an id here.</summary>
    private static (string feedbackId, string? message) Assertion(string? message)
    {
        if (message is null) return (FeedbackIds.Test.Assertion, null);
        var mistake = MistakeId().Match(message);
        return mistake.Success
            ? (mistake.Groups["id"].Value, message.Remove(mistake.Index, mistake.Length).Insert(mistake.Index, "Mistake:"))
            : (FeedbackIds.Test.Assertion, message);
    }

    [GeneratedRegex(@"Mistake \[(?<id>m\d\d\.[a-z0-9]+(?:-[a-z0-9]+)*)\]:")]
    private static partial Regex MistakeId();

    /// <summary>The first stack frame in student code, as "Type.Method (File.cs line N)".</summary>
    private string? StudentFrame(string? stackTrace)
    {
        if (stackTrace is null) return null;
        foreach (var raw in stackTrace.Split('\n'))
        {
            var m = Frame().Match(raw.Trim());
            if (!m.Success) continue;
            var method = m.Groups["method"].Value;
            if (!method.StartsWith(assemblyName + ".", StringComparison.Ordinal)) continue;
            var name = TrimGeneratedNames(method[(assemblyName.Length + 1)..]);
            return m.Groups["file"].Success ? $"{name} ({Path.GetFileName(m.Groups["file"].Value)} line {m.Groups["line"].Value})" : name;
        }
        return null;
    }

    private static string TrimGeneratedNames(string method)
    {
        // Lambdas and local functions appear as <Outer>g__Inner|0_0 or <>c.<Outer>b__0_0.
        var local = LocalFunction().Match(method);
        return local.Success ? local.Groups["outer"].Value : method.Replace("+<>c", "", StringComparison.Ordinal);
    }

    private string DescribeMissing(string signature)
    {
        // "Double WhatIsCalculus.Derivatives.Central(System.Func`2<Double,Double>, Double, Double)"
        var parsed = SignatureParts().Match(signature);
        if (!parsed.Success)
            return $"Signature mismatch: the tests call {signature}, which your submission does not declare. Keep the signatures from the starter code.";
        var returns = Simplify(parsed.Groups["ret"].Value);
        var qualified = parsed.Groups["name"].Value;
        var parameters = Simplify(parsed.Groups["params"].Value);
        var lastDot = qualified.LastIndexOf('.');
        var typeName = qualified[..lastDot];
        var memberName = qualified[(lastDot + 1)..];
        var expected = $"{returns} {Short(typeName)}.{memberName}({parameters})";
        var declared = Declared(typeName, memberName);
        var text = $"Signature mismatch: the tests call {expected}, which your submission does not declare.";
        text += declared.Count == 0
            ? $" There is no member called {memberName} in {Short(typeName)}."
            : $" Your submission has: {string.Join("; ", declared)}.";
        return text + " Keep the signatures from the starter code.";
    }

    private List<string> Declared(string typeName, string memberName)
    {
        var type = student.Value?.GetTypeByMetadataName(typeName);
        if (type is null) return [];
        return type.GetMembers(memberName)
            .Select(m => m.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat
                .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeContainingType)
                .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName)))
            .ToList();
    }

    private string Short(string qualified) =>
        qualified.StartsWith(assemblyName + ".", StringComparison.Ordinal) ? qualified[(assemblyName.Length + 1)..] : qualified;

    /// <summary>Runtime type names to C# keywords: "System.Func`2&lt;Double,Double&gt;" → "Func&lt;double, double&gt;".</summary>
    private static string Simplify(string runtimeTypes)
    {
        var s = GenericArity().Replace(runtimeTypes, "");
        s = s.Replace("System.", "", StringComparison.Ordinal)
             .Replace("MathNet.Numerics.LinearAlgebra.", "", StringComparison.Ordinal);
        foreach (var (clr, cs) in Keywords) s = Regex.Replace(s, $@"\b{clr}\b", cs);
        return s.Replace(",", ", ", StringComparison.Ordinal).Replace(",  ", ", ", StringComparison.Ordinal);
    }

    private static readonly (string, string)[] Keywords =
    [
        ("Double", "double"), ("Int32", "int"), ("Int64", "long"), ("Boolean", "bool"), ("String", "string"),
        ("Void", "void"), ("Single", "float"), ("Object", "object"), ("Decimal", "decimal"),
    ];

    [GeneratedRegex(@"Method not found: '(?<sig>.+)'")]
    private static partial Regex MissingMethod();

    [GeneratedRegex(@"Could not load type '(?<type>[^']+)'")]
    private static partial Regex MissingType();

    [GeneratedRegex(@"^at (?<method>[^(]+)\(.*?\)(?: in (?<file>.+):line (?<line>\d+))?$")]
    private static partial Regex Frame();

    [GeneratedRegex(@"<(?<outer>[^>]+)>")]
    private static partial Regex LocalFunction();

    [GeneratedRegex(@"^(?<ret>\S+(?:<[^>]*>)?) (?<name>[^(]+)\((?<params>.*)\)$")]
    private static partial Regex SignatureParts();

    [GeneratedRegex(@"`\d+")]
    private static partial Regex GenericArity();
}
