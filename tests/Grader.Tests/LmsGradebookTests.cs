using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>`gradebook --as canvas|moodle|blackboard`, run as an instructor runs it: each LMS's file
/// against its golden file, a round trip through the LMS's documented import columns back to the
/// reports' scores, the students unmatched in either direction, and every bad input as one line
/// naming the file and line, exit 2. Fixtures: tests/Grader.Tests/Lms (reports of a graded corpus,
/// each LMS's export in its own layout, a roster map, the expected import file).</summary>
[TestFixture]
public sealed class LmsGradebookTests
{
    private static readonly string Fixtures = Path.Combine(Repo.Root, "tests", "Grader.Tests", "Lms");
    private static string Results => Path.Combine(Fixtures, "results");
    private string _tmp = "";

    [SetUp]
    public void Setup() => _tmp = Directory.CreateTempSubdirectory("grader-lms-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_tmp, recursive: true);

    private static string F(string lms, string file) => Path.Combine(Fixtures, lms, file);

    private static Processes.Result Gradebook(string lms, string roster, string map, string column, string output, params string[] more) =>
        Processes.Grader(["gradebook", Results, "--as", lms, "--roster", roster, "--map", map, "--column", column, "--out", output, .. more]);

    public static readonly object[] Lmss =
    [
        new object[] { "canvas", "roster.csv", "4001", "expected.csv" },
        new object[] { "moodle", "roster.csv", "Module 01", "expected.csv" },
        new object[] { "blackboard", "roster.tsv", "104501", "expected.tsv" },
    ];

    [TestCaseSource(nameof(Lmss))]
    public void The_import_file_is_the_golden_file(string lms, string roster, string column, string expected)
    {
        var output = Path.Combine(_tmp, expected);
        var r = Gradebook(lms, F(lms, roster), F(lms, "map.csv"), column, output);
        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        if (Repo.UpdateGolden) File.Copy(output, F(lms, expected), overwrite: true);
        Assert.That(File.ReadAllText(output), Is.EqualTo(File.ReadAllText(F(lms, expected))), $"{lms}: the import file differs from {F(lms, expected)}");
    }

    [TestCaseSource(nameof(Lmss))]
    public void Students_unmatched_in_either_direction_are_listed_and_get_no_grade(string lms, string roster, string column, string expected)
    {
        var r = Gradebook(lms, F(lms, roster), F(lms, "map.csv"), column, Path.Combine(_tmp, expected));
        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        var gina = lms == "blackboard" ? "ggarcia" : "gina@uni.edu";
        var hank = lms == "blackboard" ? "hhughes" : "hank@uni.edu";
        Assert.That(r.Stdout, Does.Contain($"{lms}: 5 grades in column"));
        Assert.That(Section(r.Stdout, "in the roster, no submission"), Does.Contain(gina).And.Not.Contain("alice"));
        Assert.That(Section(r.Stdout, "submissions mapped to no roster row"), Does.Contain($"hank-gh → {hank}"));
        Assert.That(Section(r.Stdout, "submissions not in the map"), Does.Contain("zoe-gh").And.Not.Contain("bob-gh"));
        Assert.That(Section(r.Stdout, "not written, the grader failed"), Does.Contain("frank-gh"));
    }

    [Test]
    public void Canvas_round_trip_gives_the_reports_scores_on_the_columns_points_and_changes_nothing_else()
    {
        var output = Path.Combine(_tmp, "canvas.csv");
        Assert.That(Gradebook("canvas", F("canvas", "roster.csv"), F("canvas", "map.csv"), "4001", output).Exit, Is.EqualTo(0));
        var imported = LmsImport.Read(output, ',', "SIS Login ID", h => h.EndsWith("(4001)", StringComparison.Ordinal));
        Assert.That(imported.PointsPossible, Is.EqualTo(10));
        AssertScores(imported, "canvas", 10);
        // Students with no grade keep what Canvas exported (Canvas overwrites only what the file gives).
        Assert.That(imported.Grades["gina@uni.edu"], Is.EqualTo("5.00"));
        Assert.That(imported.Grades["frank@uni.edu"], Is.EqualTo(""));
        var before = Cells(F("canvas", "roster.csv"), ',');
        var after = Cells(output, ',');
        Assert.That(after.Count, Is.EqualTo(before.Count));
        for (var row = 0; row < before.Count; row++)
            for (var col = 0; col < before[row].Length; col++)
                if (col != 5) Assert.That(after[row][col], Is.EqualTo(before[row][col]), $"row {row}, column {before[0][col]} changed");
    }

    [Test]
    public void Blackboard_round_trip_gives_the_reports_scores_on_the_columns_total_points()
    {
        var output = Path.Combine(_tmp, "bb.tsv");
        Assert.That(Gradebook("blackboard", F("blackboard", "roster.tsv"), F("blackboard", "map.csv"), "104501", output).Exit, Is.EqualTo(0));
        var imported = LmsImport.Read(output, '\t', "Username", h => h.EndsWith("|104501", StringComparison.Ordinal));
        AssertScores(imported, "blackboard", 100);
        Assert.That(imported.Grades["ggarcia"], Is.EqualTo(""));
    }

    [Test]
    public void Moodle_round_trip_gives_the_reports_scores_and_feedback()
    {
        var output = Path.Combine(_tmp, "moodle.csv");
        var r = Gradebook("moodle", F("moodle", "roster.csv"), F("moodle", "map.csv"), "Module 01", output, "--points", "100");
        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        var imported = LmsImport.Read(output, ',', "Email address", h => h == "Module 01", "Module 01 (feedback)");
        AssertScores(imported, "moodle", 100);
        Assert.That(imported.Grades.Keys, Is.EquivalentTo(new[] { "alice@uni.edu", "bob@uni.edu", "carol@uni.edu", "dave@uni.edu", "erin@uni.edu" }));
        foreach (var (submission, user) in Map("moodle").Where(m => imported.Feedback.ContainsKey(m.Value)))
            Assert.That(imported.Feedback[user], Does.StartWith(Report(submission)["message"]!.Value<string>()!), submission);
        // A visible failed test's message reaches the student, Mistake id lifted as in every report.
        Assert.That(imported.Feedback["erin@uni.edu"], Does.Contain("Mistake: not using the step h you are given"));
    }

    [Test]
    public void Hand_adjustments_reach_the_LMS_import_as_they_reach_the_gradebook()
    {
        var adjustments = Path.Combine(_tmp, "adjustments.csv");
        File.WriteAllText(adjustments, "student,target,points,override,comment,who\nbob-gh,total,5,,regrade request,TA\n");
        var output = Path.Combine(_tmp, "moodle.csv");
        var r = Gradebook("moodle", F("moodle", "roster.csv"), F("moodle", "map.csv"), "Module 01", output, "--points", "33", "--adjustments", adjustments);
        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        var imported = LmsImport.Read(output, ',', "Email address", h => h == "Module 01", "Module 01 (feedback)");
        var bob = Report("bob-gh")["score"]!.Value<double>();
        Assert.That(double.Parse(imported.Grades["bob@uni.edu"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(bob + 5), "bob's adjusted total");
        var alice = Report("alice-gh")["score"]!.Value<double>();
        Assert.That(double.Parse(imported.Grades["alice@uni.edu"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(alice), "no adjustment, unchanged");
    }

    [Test]
    public void Canvas_new_column_is_appended_with_its_points_possible()
    {
        var output = Path.Combine(_tmp, "canvas.csv");
        var r = Gradebook("canvas", F("canvas", "roster.csv"), F("canvas", "map.csv"), "Module 01 resubmission", output);
        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        Assert.That(r.Stdout, Does.Contain("Canvas will create a new assignment worth 33 points"));
        var imported = LmsImport.Read(output, ',', "SIS Login ID", h => h == "Module 01 resubmission");
        Assert.That(imported.PointsPossible, Is.EqualTo(33));
        AssertScores(imported, "canvas", 33);
    }

    [Test]
    public void After_a_batch_of_a_canvas_download_no_map_is_needed_and_moodle_still_asks_for_one()
    {
        // What batch names the students of a Canvas download: sortable name and Canvas user id.
        var results = Directory.CreateDirectory(Path.Combine(_tmp, "results", "reports")).FullName;
        foreach (var (from, to) in new[] { ("alice-gh", "andersonalice_1101"), ("bob-gh", "brownbob_1102") })
        {
            var report = Report(from);
            report["submission"] = to;
            File.WriteAllText(Path.Combine(results, to + ".json"), report.ToString());
        }
        var output = Path.Combine(_tmp, "canvas.csv");

        var r = Processes.Grader("gradebook", Path.GetDirectoryName(results)!, "--as", "canvas", "--roster", F("canvas", "roster.csv"), "--column", "4001", "--out", output);

        Assert.That(r.Exit, Is.EqualTo(0), r.Output);
        Assert.That(r.Stdout, Does.Contain("canvas: 2 grades in column"));
        var imported = LmsImport.Read(output, ',', "ID", h => h.EndsWith("(4001)", StringComparison.Ordinal));
        Assert.That(double.Parse(imported.Grades["1101"], CultureInfo.InvariantCulture), Is.EqualTo(Math.Round(Report("alice-gh")["score"]!.Value<double>() / Report("alice-gh")["max_score"]!.Value<double>() * 10, 2)));
        Assert.That(imported.Grades["1103"], Is.EqualTo(""), "carol handed in nothing: her cell stays as exported");

        var moodle = Processes.Grader("gradebook", Path.GetDirectoryName(results)!, "--as", "moodle", "--roster", F("moodle", "roster.csv"), "--column", "Module 01", "--out", Path.Combine(_tmp, "m.csv"));
        Assert.That(moodle.Exit, Is.EqualTo(2), moodle.Output);
        Assert.That(moodle.Stderr.Trim(), Does.StartWith("error: --map is needed for moodle: write a CSV"));
    }

    [Test]
    public void Blackboard_download_in_UTF16_is_answered_in_UTF16()
    {
        var roster = Path.Combine(_tmp, "roster.xls");
        File.WriteAllText(roster, File.ReadAllText(F("blackboard", "roster.tsv")), new UnicodeEncoding(false, true));
        var output = Path.Combine(_tmp, "bb.xls");
        Assert.That(Gradebook("blackboard", roster, F("blackboard", "map.csv"), "104501", output).Exit, Is.EqualTo(0));
        var bytes = File.ReadAllBytes(output);
        Assert.That(bytes[..2], Is.EqualTo(new byte[] { 0xFF, 0xFE }));
        Assert.That(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Is.EqualTo(File.ReadAllText(F("blackboard", "expected.tsv"))));
    }

    private static IEnumerable<TestCaseData> BadInputs()
    {
        TestCaseData Case(string name, string[] args, string message, string? fileLine = null) =>
            new TestCaseData(args, message, fileLine ?? "") { TestName = "Bad_input_" + name };
        // {tmp} is replaced by the test's folder, where the bad files are written.
        yield return Case("unknown_lms", ["--as", "d2l"], "unknown --as 'd2l': expected canvas, moodle, blackboard.");
        yield return Case("canvas_roster_missing_SIS_Login_ID", ["--roster", "{tmp}/no-login.csv"], "no 'SIS Login ID' column", "no-login.csv:1:");
        yield return Case("blackboard_roster_missing_Username", ["--as", "blackboard", "--roster", "{tmp}/no-username.tsv", "--map", "{bb-map}"], "no 'Username' column", "no-username.tsv:1:");
        yield return Case("map_keyed_by_a_column_the_roster_lacks", ["--as", "moodle", "--roster", "{moodle-roster}", "--map", "{tmp}/by-username.csv"], "no 'Username' column (the roster map", "roster.csv:1:");
        yield return Case("map_line_with_three_fields", ["--map", "{tmp}/three-fields.csv"], "expected 2 fields (submission, SIS Login ID), found 3", "three-fields.csv:3:");
        yield return Case("map_line_with_an_empty_user", ["--map", "{tmp}/empty-user.csv"], "an empty SIS Login ID", "empty-user.csv:2:");
        yield return Case("map_without_its_header", ["--map", "{tmp}/no-header.csv"], "the header must be 'submission,<LMS column>'", "no-header.csv:1:");
        yield return Case("map_with_one_student_twice", ["--map", "{tmp}/twice.csv"], "SIS Login ID 'Alice@uni.edu' is already mapped to submission 'alice-gh' (line 2)", "twice.csv:3:");
        yield return Case("roster_with_a_login_twice", ["--roster", "{tmp}/login-twice.csv"], "SIS Login ID 'bob@uni.edu' is on two rows (also line 4)", "login-twice.csv:5:");
        yield return Case("canvas_read_only_column", ["--column", "Current Score"], "column 'Current Score' is read-only in Canvas", "roster.csv:2:");
        yield return Case("column_that_identifies_students", ["--column", "Section"], "--column 'Section' identifies students", "roster.csv:1:");
        yield return Case("column_matching_two_assignments", ["--roster", "{tmp}/same-name.csv", "--column", "Module 01: What is calculus?"],
            "matches 'Module 01: What is calculus? (4001)' and 'Module 01: What is calculus? (4002)'; give the full header or the id", "same-name.csv:1:");
        yield return Case("missing_roster_file", ["--roster", "{tmp}/nope.csv"], "nope.csv: no such file.");
        yield return Case("results_without_reports", ["--results", "{tmp}"], "has no reports/ folder");
        yield return Case("points_not_positive", ["--points", "0"], "--points must be positive, not 0.");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_input_is_one_line_naming_the_file_and_line_and_exit_2(string[] changes, string message, string fileLine)
    {
        WriteBadFiles();
        var args = new Dictionary<string, string>
        {
            ["--as"] = "canvas", ["--roster"] = F("canvas", "roster.csv"), ["--map"] = F("canvas", "map.csv"),
            ["--column"] = "4001", ["--out"] = Path.Combine(_tmp, "out.csv"), ["--results"] = Results,
        };
        for (var i = 0; i < changes.Length; i += 2)
            args[changes[i]] = changes[i + 1].Replace("{tmp}", _tmp).Replace("{bb-map}", F("blackboard", "map.csv")).Replace("{moodle-roster}", F("moodle", "roster.csv"));
        var results = args["--results"];
        args.Remove("--results");
        var r = Processes.Grader(["gradebook", results, .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.That(r.Exit, Is.EqualTo(2), r.Output);
        Assert.That(r.Stderr.Trim(), Does.StartWith("error: ").And.Contain(message).And.Contain(fileLine).And.Not.Contain("\n"));
        Assert.That(File.Exists(Path.Combine(_tmp, "out.csv")), Is.False, "nothing is written when the input is bad");
    }

    private void WriteBadFiles()
    {
        var canvas = File.ReadAllLines(F("canvas", "roster.csv"));
        File.WriteAllLines(Path.Combine(_tmp, "no-login.csv"), canvas.Select(l => l.Replace("SIS Login ID", "Login")));
        File.WriteAllLines(Path.Combine(_tmp, "same-name.csv"), canvas.Select(l => l.Replace("Module 02: Partial derivatives (4002)", "Module 01: What is calculus? (4002)")));
        File.WriteAllLines(Path.Combine(_tmp, "login-twice.csv"), canvas.Select(l => l.Replace("carol@uni.edu", "bob@uni.edu")));
        File.WriteAllLines(Path.Combine(_tmp, "no-username.tsv"), File.ReadAllLines(F("blackboard", "roster.tsv")).Select(l => l.Replace("\"Username\"", "\"User\"")));
        File.WriteAllText(Path.Combine(_tmp, "by-username.csv"), "submission,Username\nalice-gh,aanderson\n");
        File.WriteAllText(Path.Combine(_tmp, "three-fields.csv"), "submission,SIS Login ID\nalice-gh,alice@uni.edu\nbob-gh,bob@uni.edu,extra\n");
        File.WriteAllText(Path.Combine(_tmp, "empty-user.csv"), "submission,SIS Login ID\nalice-gh,\n");
        File.WriteAllText(Path.Combine(_tmp, "no-header.csv"), "alice-gh,alice@uni.edu\nbob-gh,bob@uni.edu\n");
        File.WriteAllText(Path.Combine(_tmp, "twice.csv"), "submission,SIS Login ID\nalice-gh,alice@uni.edu\nzoe-gh,Alice@uni.edu\n");
    }

    /// <summary>Each mapped student's imported grade is the report's score on <paramref name="points"/>,
    /// rounded to 2 decimals, computed here from the report JSON; a grader failure gets none.</summary>
    private static void AssertScores(LmsImport imported, string lms, double points)
    {
        var checkedCount = 0;
        foreach (var (submission, user) in Map(lms))
        {
            var path = Path.Combine(Results, "reports", submission + ".json");
            if (!File.Exists(path) || !imported.Grades.ContainsKey(user)) continue;
            var report = Report(submission);
            if (report["status"]!.Value<string>() == "internal_error") { Assert.That(imported.Grades[user], Is.Empty, submission); continue; }
            var expected = Math.Round(report["score"]!.Value<double>() * points / report["max_score"]!.Value<double>(), 2, MidpointRounding.AwayFromZero);
            Assert.That(double.Parse(imported.Grades[user], CultureInfo.InvariantCulture), Is.EqualTo(expected), $"{lms}: {submission} → {user}");
            checkedCount++;
        }
        Assert.That(checkedCount, Is.EqualTo(5), "alice, bob, carol, dave and erin are graded");
    }

    private static Dictionary<string, string> Map(string lms) =>
        File.ReadLines(F(lms, "map.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1].ToLowerInvariant());

    private static JObject Report(string submission) => JObject.Parse(File.ReadAllText(Path.Combine(Results, "reports", submission + ".json")));

    private static List<string[]> Cells(string path, char separator)
    {
        using var reader = CsvHelper.CsvReader.FromFile(path, CsvHelper.CsvReaderOptions.Default with { Separator = separator, HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray());
        return rows;
    }

    /// <summary>The lines printed under a heading of the command's summary, up to the next heading.</summary>
    private static string Section(string stdout, string heading)
    {
        var start = stdout.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0) return "";
        var lines = stdout[start..].Split('\n').Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal));
        return string.Join("\n", lines);
    }
}
