using System.Diagnostics;
using System.Text.Json;
using Experiments.Bench.Preprocessing;
using Experiments.Data.Preprocessing;
using Experiments.Imaging.Dicom.Series;

// Runs the paper's preprocessing on a 512 x 512 x 32 CT series in C# and, on the same files, in
// Python (pydicom, SciPy, scikit-image), then times cache hits. Usage: [repeats] (default 3).
var repeats = args.Length > 0 ? int.Parse(args[0]) : 3;
var root = RepositoryRoot();
var work = Path.Combine(Path.GetTempPath(), "experiments-bench-preprocessing");
var series = BenchmarkSeries.Write(
    Path.Combine(root, "..", "shared", "data", "ct", "dcm_qa_ct_GE_tilt"), Path.Combine(work, "series"));
Console.WriteLine($"Input: {series} ({Directory.GetFiles(series).Length} slices of 512 x 512)");

var steps = PaperPipeline.Steps();
var timings = new List<Dictionary<string, double>>();
Experiments.Contracts.Preprocessing.ImagingCase result = null!;
for (var run = 0; run <= repeats; run++)
{
    var times = new Dictionary<string, double>();
    var total = Stopwatch.StartNew();
    var clock = Stopwatch.StartNew();
    var current = new FolderCaseSource("bench", series).Load();
    times["read"] = clock.Elapsed.TotalSeconds;
    foreach (var step in steps)
    {
        clock.Restart();
        current = step.Preprocessor.Apply(current);
        times[step.Name] = clock.Elapsed.TotalSeconds;
    }

    times["total"] = total.Elapsed.TotalSeconds;
    result = current;
    if (run > 0)
    {
        timings.Add(times);
    }
}

var peerPrefix = Path.Combine(work, "python");
var python = RunPython(Path.Combine(root, "tools", "bench", "preprocessing_peer.py"), series, repeats, peerPrefix);

Console.WriteLine($"\nMedian seconds over {repeats} runs (C# after one warm-up run; {Environment.ProcessorCount} cores)");
Console.WriteLine($"{"step",-20}{"C#",10}{"Python",10}{"speed-up",10}");
foreach (var name in timings[0].Keys)
{
    var ours = Median(timings.Select(t => t[name]));
    var theirs = python.TryGetValue(name, out var value) ? value : double.NaN;
    Console.WriteLine($"{name,-20}{ours,10:F3}{theirs,10:F3}{theirs / ours,9:F1}x");
}

Agreement.Report(result, peerPrefix);
CacheTiming.Report(steps, series, Path.Combine(work, "cache"));
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static Dictionary<string, double> RunPython(string script, string series, int repeats, string prefix)
{
    var start = new ProcessStartInfo("/usr/bin/python3", [script, series, repeats.ToString(), prefix])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
    var output = process.StandardOutput.ReadToEnd();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"The Python peer failed ({process.ExitCode}):\n{errors}");
    }

    return JsonSerializer.Deserialize<Dictionary<string, double>>(output)!;
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Experiments.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the repository.");
}
