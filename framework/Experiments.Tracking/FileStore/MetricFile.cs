using System.Globalization;
using System.Text;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.FileStore;

/// <summary>A metric's history: one <c>timestamp value step</c> line per point, appended.</summary>
internal static class MetricFile
{
    public static void Append(string path, string key, IEnumerable<MetricPoint> points)
    {
        var text = new StringBuilder();
        foreach (var point in points)
        {
            text.Append(point.Timestamp.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(PythonFloatFormat.Format(point.Value)).Append(' ')
                .Append(point.Step.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Every complete line; a last line cut short by a crash (no newline) is ignored.</summary>
    public static IReadOnlyList<MetricPoint> Read(string path, string key)
    {
        var text = File.ReadAllText(path);
        var complete = text.EndsWith('\n') ? text : text[..(text.LastIndexOf('\n') + 1)];
        return complete.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ParseLine(line, key, path))
            .ToList();
    }

    private static MetricPoint ParseLine(string line, string key, string path)
    {
        var parts = line.Split(' ');
        if (parts.Length is < 2 or > 3)
        {
            throw new TrackingException(
                $"{path}: line '{line}' is not 'timestamp value step'.", MlflowErrorCodes.InvalidParameterValue);
        }

        return new MetricPoint(
            key,
            PythonFloatFormat.Parse(parts[1]),
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            parts.Length == 3 ? long.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
    }
}
