using System.Diagnostics;
using System.Text.Json;

namespace Experiments.Testing;

/// <summary>
/// Reads NIfTI files with Debian's python3-nibabel (/usr/bin/python3) as an independent reader.
/// Fails, never skips, when it is missing: CI must install python3-nibabel.
/// </summary>
public static class Nibabel
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import json, sys
        import numpy as np
        import nibabel as nib
        out = []
        for path in sys.argv[2:]:
            img = nib.load(path)
            data = img.get_fdata(dtype=np.float64)
            entry = {
                "affine": img.affine.tolist(),
                "qform": img.header.get_qform().tolist(),
                "shape": list(img.shape),
                "min": float(data.min()), "max": float(data.max()), "mean": float(data.mean()),
                "nonzero": int(np.count_nonzero(data)),
            }
            if sys.argv[1] == "values":
                entry["values"] = data.reshape(-1, order="F").tolist()
            out.append(entry)
        print(json.dumps(out))
        """;

    /// <summary>What nibabel sees in each file; with <paramref name="withValues"/>, every voxel (i fastest).</summary>
    public static IReadOnlyList<JsonElement> Load(IEnumerable<string> paths, bool withValues = false)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException(
                $"{Python} is missing; the nibabel cross-check needs Debian's python3 and python3-nibabel.");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", Script, withValues ? "values" : "stats" }.Concat(paths))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = error.Result.Contains("No module named 'nibabel'")
                ? "python3-nibabel is not installed (apt-get install -y python3-nibabel); it is needed for this test."
                : $"nibabel failed (exit {process.ExitCode}): {error.Result}";
            throw new InvalidOperationException(message);
        }

        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
