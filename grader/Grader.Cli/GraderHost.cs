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
        var courseRoot = CourseLayout.Find(courseOption ?? env["COURSE"])?.Root;
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

    /// <summary>The course, when one was found (commands that also work without it).</summary>
    public static CourseLayout? LayoutIfAny(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>()["ResolvedCourseRoot"] is { Length: > 0 } root ? new CourseLayout(root) : null;

    /// <summary>The course's modules.</summary>
    public static ModuleCatalog Catalog(IHost host)
    {
        var root = host.Services.GetRequiredService<IConfiguration>()["ResolvedCourseRoot"];
        if (!string.IsNullOrEmpty(root)) return new ModuleCatalog(root);
        throw GraderException.BadInput("cannot find the course repository (a folder with Assignments.sln and assignments/). " +
                                       "Run from inside it, or pass --course <folder>.");
    }

    /// <summary>A module by slug or prefix, with any configured limit overrides applied. Every
    /// command finds its module here, so the overrides hold for all of them.</summary>
    public static CourseModule Module(IHost host, string slug)
    {
        var (found, error) = Catalog(host).Find(slug);
        if (found is null) throw GraderException.BadInput(error!);
        // grader.json's Limits section and GRADER_LIMITS__* override every module's manifest values.
        var overrides = host.Services.GetRequiredService<IConfiguration>().GetSection("Limits").GetChildren().Select(c => KeyValuePair.Create(c.Key, c.Value));
        var (limits, limitError) = found.Limits.Override(overrides);
        if (limits is null) throw GraderException.BadInput(limitError!);
        return found with { Limits = limits };
    }
}
