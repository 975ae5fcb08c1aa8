namespace Experiments.Cli.Infrastructure;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run started and failed (a case could not be read, training diverged, ...).</summary>
    public const int RunFailed = 1;

    /// <summary>Wrong command-line usage, or an experiment or plugin that is invalid as written.</summary>
    public const int InvalidInput = 2;
}
