using System.Diagnostics;
using System.Text.Json;
using Experiments.Bench.Preprocessing;
using Experiments.Contracts.Preprocessing;

// Runs the paper's preprocessing on a 512 x 512 x 32 CT series in C# and, on the same files, in
// Python (pydicom, SciPy, scikit-image), then times cache hits. Usage: [repeats] (default 3).
var repeats = args.Length > 0 ? int.Parse(args[0]) : 3;
var root = RepositoryRoot();
var work = Path.Combine(Path.GetTempPath(), "experiments-bench-preprocessing");
var series = BenchmarkSeries.Write(
    Path.Combine(root, "..", "shared", "data", "ct", "dcm_qa_ct_GE_tilt"), Path.Combine(work, "series"));
Console.WriteLine($"Input: {series} ({Directory.GetFiles(series).Length} slices of 512 x 512)");

var steps = PaperPipeline.Steps();
var clocks = new List<StepClock>();
ImagingCase result = null!;
for (var run = 0; run <= repeats; run++)
{
    var clock = new StepClock();
    var current = new FolderCaseSource("bench", series).Load();
    clock.Lap("read");
    foreach (var step in steps)
    {
        current = step.Preprocessor.Apply(current);
        clock.Lap(step.Name);
    }

    clock.Total();
    result = current;
    if (run > 0)
    {
        clocks.Add(clock);
    }
}

var peerPrefix = Path.Combine(work, "python");
var python = RunPython(Path.Combine(root, "tools", "bench", "preprocessing_peer.py"), series, repeats, peerPrefix);

Console.WriteLine($"\nMedian seconds over {repeats} runs (C# after one warm-up run), " +
                  $"{Environment.ProcessorCount} cores, " +
                  $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine($"{"step",-18}{"C# wall",9}{"Py wall",9}{"ratio",7}{"C# CPU",9}{"Py CPU",9}{"ratio",7}");
foreach (var name in clocks[0].Wall.Keys)
{
    var wall = Median(clocks.Select(c => c.Wall[name]));
    var cpu = Median(clocks.Select(c => c.CpuSeconds[name]));
    var peerWall = python["wall"].GetValueOrDefault(name, double.NaN);
    var peerCpu = python["cpu"].GetValueOrDefault(name, double.NaN);
    Console.WriteLine($"{name,-18}{wall,9:F3}{peerWall,9:F3}{peerWall / wall,6:F1}x{cpu,9:F3}{peerCpu,9:F3}" +
                      $"{peerCpu / cpu,6:F1}x");
}

Agreement.Report(result, peerPrefix);
CacheTiming.Report(steps, series, Path.Combine(work, "cache"));
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    var middle = sorted.Length / 2;
    return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

static Dictionary<string, Dictionary<string, double>> RunPython(
    string script, string series, int repeats, string prefix)
{
    var start = new ProcessStartInfo("/usr/bin/python3", [script, series, repeats.ToString(), prefix])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"The Python peer failed ({process.ExitCode}):\n{errors}");
    }

    return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(output.Result)!;
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
