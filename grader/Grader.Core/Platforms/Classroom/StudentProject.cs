namespace Grader.Platforms.Classroom;

/// <summary>The project file of an exported student repository: standalone (explicit package
/// versions, no course-wide props), so `dotnet test` works in any IDE.</summary>
public static class StudentProject
{
    public const string RunSettingsFileName = "test.runsettings";

    /// <summary>How long `dotnet test` may run the tests before the session is stopped: the public
    /// tests of every module take well under a second, and an infinite loop would otherwise hang
    /// `dotnet test` (and an IDE's test run) forever.</summary>
    public const int TestSessionTimeoutSeconds = 30;

    /// <summary>The run settings `dotnet test` reads (RunSettingsFilePath); the kit's
    /// assignments/ projects use the same (assignments/test.runsettings).</summary>
    public static string RunSettings() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <RunSettings>
          <RunConfiguration>
            <!-- A test that never ends (an infinite loop) would hang `dotnet test` forever: the whole test
                 run is stopped after {TestSessionTimeoutSeconds} s. The public tests take well under a second. -->
            <TestSessionTimeout>{TestSessionTimeoutSeconds * 1000}</TestSessionTimeout>
          </RunConfiguration>
        </RunSettings>

        """;

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
