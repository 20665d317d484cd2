using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Grader.Modules;

namespace Grader.Cli;

/// <summary>The Generic Host behind every command: configuration (grader.json in the course root,
/// then GRADER_* environment variables, then command-line options), logging to stderr so stdout
/// stays clean for reports, and the services commands share.</summary>
internal static class GraderHost
{
    public static IHost Build(string? courseOption)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var env = new ConfigurationBuilder().AddEnvironmentVariables("GRADER_").Build();
        var courseRoot = CourseLayout.FindRoot(courseOption ?? env["COURSE"]);
        if (courseRoot is not null)
            builder.Configuration.AddJsonFile(Path.Combine(courseRoot, "grader.json"), optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("GRADER_");
        if (courseOption is not null)
            builder.Configuration.AddInMemoryCollection([new("Course", courseOption)]);
        builder.Configuration["ResolvedCourseRoot"] = courseRoot;

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.AddFilter(null, builder.Configuration.GetValue("LogLevel", LogLevel.Warning));
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder.Build();
    }

    /// <summary>The course root, or null with the reason already printed.</summary>
    public static ModuleCatalog? Catalog(IHost host)
    {
        var root = host.Services.GetRequiredService<IConfiguration>()["ResolvedCourseRoot"];
        if (!string.IsNullOrEmpty(root)) return new ModuleCatalog(root);
        Console.Error.WriteLine("error: cannot find the course repository (a folder with Assignments.sln and assignments/). " +
                                "Run from inside it, or pass --course <folder>.");
        return null;
    }

    /// <summary>A module by slug or prefix, with any configured limit overrides applied, or null
    /// with the reason already printed. Every command finds its module here, so the overrides hold
    /// for all of them.</summary>
    public static CourseModule? Module(IHost host, string slug)
    {
        var catalog = Catalog(host);
        if (catalog is null) return null;
        var (found, error) = catalog.Find(slug);
        if (found is null)
        {
            Console.Error.WriteLine("error: " + error);
            return null;
        }
        return LimitOverrides.Apply(found, host.Services.GetRequiredService<IConfiguration>());
    }
}
