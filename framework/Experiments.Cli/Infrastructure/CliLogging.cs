using Microsoft.Extensions.Logging;

namespace Experiments.Cli.Infrastructure;

/// <summary>
/// Console logging on standard error, so standard output carries only results (e.g. <c>plugins --json</c>).
/// </summary>
public static class CliLogging
{
    public static ILoggerFactory Create(bool verbose) =>
        LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
            builder.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        });
}
