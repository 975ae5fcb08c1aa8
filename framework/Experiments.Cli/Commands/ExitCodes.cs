namespace Experiments.Cli.Commands;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but could not do its work (a broken file, a refused series).</summary>
    public const int Failed = 1;

    /// <summary>The command was called wrongly: a missing path, a bad option value.</summary>
    public const int UsageError = 2;
}
