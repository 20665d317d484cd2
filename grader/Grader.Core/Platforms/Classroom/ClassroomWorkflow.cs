namespace Grader.Platforms.Classroom;

/// <summary>The GitHub Classroom workflow of an exported student repository, in the shape
/// Classroom generates for a "Run command" test (see docs/CLASSROOM.md): one runner step that grades with the hidden tests and
/// puts the base64 runner JSON in its `result` output, and the official reporter that posts the
/// points. The hidden tests come from the instructor's private kit repository, checked out with a
/// read-only token at grading time; the student's repository never holds them.</summary>
public static class ClassroomWorkflow
{
    public const string Path = ".github/workflows/classroom.yml";

    /// <summary>Step id of the runner; the reporter reads it from env GRADE_RESULTS.</summary>
    public const string RunnerId = "grade";

    /// <summary>Name of the step that installs bubblewrap; it fails the job when the install fails
    /// (a sandbox that silently is not there would grade unsandboxed).</summary>
    public const string InstallStepName = "Install the sandbox";

    public static string For(string slug, double maxScore) => $$$"""
        # Grades this assignment with the course's hidden tests and reports the points to GitHub Classroom.
        # Needs, in the organisation (or this repository): the variable GRADER_REPOSITORY (owner/name of the
        # instructors' private kit repository) and the secret GRADER_TOKEN (a token that can read it).
        name: Autograding Tests
        'on':
          push:
          repository_dispatch:
          workflow_dispatch:
        permissions:
          checks: write
          actions: read
          contents: read
        jobs:
          run-autograding-tests:
            runs-on: ubuntu-latest
            if: github.actor != 'github-classroom[bot]'
            timeout-minutes: 15
            steps:
              - name: Check out the submission
                uses: actions/checkout@v4
                with:
                  path: submission
              - name: Check out the grading kit
                uses: actions/checkout@v4
                with:
                  repository: ${{ vars.GRADER_REPOSITORY }}
                  token: ${{ secrets.GRADER_TOKEN }}
                  path: grader-kit
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: '10.0.x'
              - name: Install the sandbox
                run: |
                  set -euo pipefail
                  sudo apt-get update -qq
                  sudo apt-get install -y -qq bubblewrap
              - name: Hidden tests ({{{maxScore:0.##}}} points)
                id: {{{RunnerId}}}
                run: |
                  set -euo pipefail
                  dotnet run -c Release --project grader-kit/grader/Grader.Cli -- grade {{{slug}}} \
                    --course grader-kit --submission submission --format classroom --output result.json
                  echo "result=$(base64 -w0 result.json)" >> "$GITHUB_OUTPUT"
              - name: Autograding Reporter
                uses: classroom-resources/autograding-grading-reporter@v1
                env:
                  GRADE_RESULTS: "${{steps.{{{RunnerId}}}.outputs.result}}"
                with:
                  runners: {{{RunnerId}}}

        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
