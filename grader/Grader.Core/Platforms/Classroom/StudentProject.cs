namespace Grader.Platforms.Classroom;

/// <summary>The project file of an exported student repository: standalone (explicit package
/// versions, no course-wide props), so `dotnet test` works in any IDE.</summary>
public static class StudentProject
{
    public const string RunSettingsFileName = "test.runsettings";

    /// <summary>The kit's run settings for the students' projects (assignments/test.runsettings),
    /// copied into an export as they are: one file says how long a test run may take.</summary>
    public static string KitRunSettings(Modules.CourseLayout layout) => Path.Combine(layout.AssignmentsRoot, RunSettingsFileName);

    /// <summary>The TestSessionTimeout of a run settings file, in seconds (null when it sets none):
    /// an infinite loop would otherwise hang `dotnet test`, and an IDE's test run, forever.</summary>
    public static int? TestSessionTimeoutSeconds(string runSettingsXml) =>
        System.Xml.Linq.XDocument.Parse(runSettingsXml).Descendants("TestSessionTimeout").FirstOrDefault() is { } t
            ? (int)Math.Round(int.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture) / 1000.0) : null;

    public static string For(string assembly) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- Your code and the public sample tests. Run `dotnet test` here.
               The grader compiles only the files listed in module.json, with its own settings. -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>{assembly}</AssemblyName>
            <RootNamespace>{assembly}</RootNamespace>
            <IsPackable>false</IsPackable>
            <IsTestProject>true</IsTestProject>
            <NoWarn>$(NoWarn);NU1603</NoWarn>
            <!-- Stops `dotnet test` when a test never ends: see test.runsettings. -->
            <RunSettingsFilePath>$(MSBuildProjectDirectory)/{RunSettingsFileName}</RunSettingsFilePath>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
            <PackageReference Include="NUnit" Version="4.4.0" />
            <PackageReference Include="NUnit3TestAdapter" Version="6.3.1" />
            <PackageReference Include="NUnit.Analyzers" Version="4.15.0" PrivateAssets="all" />
            <PackageReference Include="MathNet.Numerics" Version="5.0.0" />
          </ItemGroup>
        </Project>

        """;
}
