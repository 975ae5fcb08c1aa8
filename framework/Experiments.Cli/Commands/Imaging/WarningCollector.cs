using Microsoft.Extensions.Logging;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>
/// A logger that keeps the warnings readers give (sform/qform disagreement, skipped files), so a
/// command can show them beside its output or inside its JSON instead of interleaving log lines.
/// </summary>
public sealed class WarningCollector<T> : ILogger<T>
{
    private readonly List<string> _warnings = [];

    public IReadOnlyList<string> Warnings => _warnings;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _warnings.Add(formatter(state, exception));
        }
    }
}
