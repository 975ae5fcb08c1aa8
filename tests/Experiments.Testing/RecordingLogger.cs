using Microsoft.Extensions.Logging;

namespace Experiments.Testing;

/// <summary>
/// Keeps every formatted log message with its level, so tests can check that a warning was (or was
/// not) given and that patient identifiers and secrets stay out of the log.
/// </summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public IEnumerable<string> Warnings =>
        Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => entry.Message);

    public IEnumerable<string> At(LogLevel level) =>
        Entries.Where(entry => entry.Level == level).Select(entry => entry.Message);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
