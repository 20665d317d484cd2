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
        var layout = CourseLayout.Find(courseOption ?? env["COURSE"]);
        var courseRoot = layout?.Root;
        if (courseRoot is not null)
            builder.Configuration.AddJsonFile(Path.Combine(courseRoot, "grader.json"), optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("GRADER_");
        if (courseOption is not null)
            builder.Configuration.AddInMemoryCollection([new("Course", courseOption)]);
        builder.Configuration["ResolvedCourseRoot"] = courseRoot;
        builder.Configuration["ResolvedStudentRepository"] = layout?.StudentRepository == true ? "true" : null;

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.AddFilter(null, builder.Configuration.GetValue("LogLevel", LogLevel.Warning));
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder.Build();
    }

    /// <summary>The course, when one was found (commands that also work without it).</summary>
    public static CourseLayout? LayoutIfAny(IHost host)
    {
        var config = host.Services.GetRequiredService<IConfiguration>();
        return config["ResolvedCourseRoot"] is { Length: > 0 } root ? new CourseLayout(root, config["ResolvedStudentRepository"] == "true") : null;
    }

    /// <summary>The course's modules.</summary>
    public static ModuleCatalog Catalog(IHost host)
    {
        if (LayoutIfAny(host) is { } layout) return new ModuleCatalog(layout);
        throw GraderException.BadInput("cannot find the course repository (a folder with Assignments.sln and assignments/). " +
                                       "Run from inside it, or pass --course <folder>.");
    }

    /// <summary>A module by slug or prefix, with any configured limit overrides applied. Every
    /// command finds its module here, so the overrides hold for all of them. A student's commands
    /// (check, watch, quiz) pass <paramref name="needsHiddenTests"/> false: they run without them.</summary>
    public static CourseModule Module(IHost host, string slug, bool needsHiddenTests = true)
    {
        var (found, error) = Catalog(host).Find(slug, needsHiddenTests);
        if (found is null) throw GraderException.BadInput(error!);
        // grader.json's Limits section and GRADER_LIMITS__* override every module's manifest values.
        var overrides = host.Services.GetRequiredService<IConfiguration>().GetSection("Limits").GetChildren().Select(c => KeyValuePair.Create(c.Key, c.Value));
        var (limits, limitError) = found.Limits.Override(overrides);
        if (limits is null) throw GraderException.BadInput(limitError!);
        return found with { Limits = limits };
    }
}
