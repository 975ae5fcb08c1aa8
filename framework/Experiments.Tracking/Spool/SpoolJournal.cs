using System.Text;
using System.Text.Json;
using Experiments.Tracking.Rest;

namespace Experiments.Tracking.Spool;

/// <summary>
/// An append-only journal of tracking calls the server has not acknowledged. Each line is flushed to
/// disk before the call counts as kept; an acknowledgement line follows each call the server accepted,
/// so a replay (even after a crash) never resends an acknowledged batch.
/// </summary>
public sealed class SpoolJournal : IDisposable
{
    public const string Extension = ".journal";

    private readonly List<SpoolEntry> _pending = [];
    private readonly Dictionary<string, string> _runIds = new(StringComparer.Ordinal);
    private FileStream? _stream;

    private SpoolJournal(string path)
    {
        JournalPath = path;
    }

    public string JournalPath { get; }

    /// <summary>Copies of artifact files, kept until their upload is acknowledged.</summary>
    public string FilesFolder => Path.ChangeExtension(JournalPath, ".files");

    public IReadOnlyList<SpoolEntry> Pending => _pending;

    public bool HasPending => _pending.Count > 0;

    public static SpoolJournal Open(string path)
    {
        var journal = new SpoolJournal(Path.GetFullPath(path));
        if (File.Exists(path))
        {
            journal.Load();
        }

        return journal;
    }

    public static IReadOnlyList<string> FindAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).ToList()
            : [];

    public void Append(SpoolEntry entry)
    {
        WriteLine(new JournalLine(entry, null, null, null));
        _pending.Add(entry);
    }

    public void Acknowledge(SpoolEntry entry, string? createdRunId)
    {
        WriteLine(new JournalLine(null, entry.Sequence, createdRunId, null));
        _pending.Remove(entry);
        if (createdRunId is not null)
        {
            _runIds[entry.RunRef] = createdRunId;
        }
    }

    /// <summary>Records that a sending of this batch may have reached the server, so replay checks first.</summary>
    public void MarkUncertain(SpoolEntry entry)
    {
        if (entry.Uncertain || entry.Kind != SpoolEntryKind.LogBatch)
        {
            return;
        }

        WriteLine(new JournalLine(null, null, null, entry.Sequence));
        _pending[_pending.IndexOf(entry)] = entry with { Uncertain = true };
    }

    /// <summary>The server's id for a run reference, when the run was created through this journal.</summary>
    public string ResolveRun(string runRef) => _runIds.GetValueOrDefault(runRef, runRef);

    public bool IsLocalRun(string runRef) =>
        _pending.Any(entry => entry.Kind == SpoolEntryKind.CreateRun && entry.RunRef == runRef);

    /// <summary>Removes the journal and its files once nothing is pending.</summary>
    public void DeleteIfDone()
    {
        if (HasPending)
        {
            return;
        }

        _stream?.Dispose();
        _stream = null;
        File.Delete(JournalPath);
        if (Directory.Exists(FilesFolder))
        {
            Directory.Delete(FilesFolder, recursive: true);
        }
    }

    public void Dispose() => _stream?.Dispose();

    private void WriteLine(JournalLine line)
    {
        if (_stream is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(JournalPath)!);
            _stream = new FileStream(JournalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
        }

        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, MlflowJson.Options) + "\n");
        _stream.Write(bytes);
        _stream.Flush(flushToDisk: true);
    }

    private void Load()
    {
        var lines = File.ReadAllText(JournalPath).Split('\n');

        // The last line is complete only when the file ends with a newline; a crash may have cut it.
        foreach (var text in lines.Take(lines.Length - 1).Where(text => text.Length > 0))
        {
            var line = JsonSerializer.Deserialize<JournalLine>(text, MlflowJson.Options)
                ?? throw new InvalidDataException($"{JournalPath}: empty journal line.");
            if (line.Entry is { } entry)
            {
                _pending.Add(entry);
            }
            else if (line.Uncertain is { } uncertain)
            {
                var index = _pending.FindIndex(pending => pending.Sequence == uncertain);
                _pending[index] = _pending[index] with { Uncertain = true };
            }
            else if (line.Acknowledged is { } sequence)
            {
                var acknowledged = _pending.Single(pending => pending.Sequence == sequence);
                _pending.Remove(acknowledged);
                if (line.CreatedRunId is { } created)
                {
                    _runIds[acknowledged.RunRef] = created;
                }
            }
        }

        if (lines[^1].Length > 0)
        {
            using var file = new FileStream(JournalPath, FileMode.Open, FileAccess.Write);
            file.SetLength(file.Length - Encoding.UTF8.GetByteCount(lines[^1]));
        }
    }

    private sealed record JournalLine(SpoolEntry? Entry, long? Acknowledged, string? CreatedRunId, long? Uncertain);
}
