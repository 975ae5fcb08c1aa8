using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Geometry;

namespace Experiments.Bench.Imaging;

/// <summary>
/// Reads a 512 x 512 x 32 CT series (written by our writer) with DicomSeriesReader and with
/// pydicom + numpy doing the same work, in one run: median times of warm reads, and the peak
/// resident memory a cold read adds to a fresh process, against the float32 voxel array.
/// </summary>
internal static class SeriesReadBenchmark
{
    private const int Rounds = 5;
    private const int ReadsPerRound = 3;
    private const string MemoryMode = "--measure-memory";
    private static readonly GridSize Size = new(512, 512, 32);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [MemoryMode, var target])
        {
            return MeasureMemory(target);
        }

        var folder = Path.Combine(Path.GetTempPath(), "experiments-bench-dicom-" + Environment.ProcessId);
        try
        {
            WriteSeries(folder);
            var script = ExtractScript(folder);
            var reader = new DicomSeriesReader();
            reader.Read(folder);

            // Rounds alternate between the two readers so that a change in machine load hits both.
            var ours = new Timings();
            var theirs = new Timings();
            for (var round = 0; round < Rounds; round++)
            {
                ours.Add(TimeOurs(reader, folder));
                theirs.Add(await RunJsonAsync("/usr/bin/python3", [script, folder, "time", $"{ReadsPerRound}"]));
            }

            var ourMemory = await RunJsonAsync(OwnCommand(), [MemoryMode, folder]);
            var theirMemory = await RunJsonAsync("/usr/bin/python3", [script, folder, "memory", "1"]);
            Report(ours, theirs, ourMemory.GetProperty("peak_kib").GetDouble(),
                theirMemory.GetProperty("peak_kib").GetDouble());
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WriteSeries(string folder)
    {
        var random = new Random(20261204);
        var volume = new Volume(Size, new VolumeGeometry(new Vector3D(0.45, 0.45, 5), new Vector3D(115, 115, -80),
            new Vector3D(-1, 0, 0), new Vector3D(0, -1, 0), new Vector3D(0, 0, 1)));
        for (var n = 0; n < volume.Voxels.Length; n++)
        {
            volume.Voxels[n] = random.Next(-1024, 2000);
        }

        DicomSeriesWriter.Write(folder, volume, new CtSeriesDescription { UidSeed = "benchmark" });
    }

    private static (List<double> Seconds, double CpuSeconds) TimeOurs(DicomSeriesReader reader, string folder)
    {
        var seconds = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var n = 0; n < ReadsPerRound; n++)
        {
            var watch = Stopwatch.StartNew();
            reader.Read(folder);
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        return (seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / ReadsPerRound);
    }

    /// <summary>Child-process mode: one cold read; prints the peak resident memory it added, in KiB.</summary>
    private static int MeasureMemory(string folder)
    {
        var baseline = ProcStatusKib("VmRSS");
        var volume = new DicomSeriesReader().Read(folder).Volume;
        var peak = ProcStatusKib("VmHWM") - baseline;
        Console.WriteLine(JsonSerializer.Serialize(new { peak_kib = peak, voxels = volume.Voxels.Length }));
        return 0;
    }

    private static long ProcStatusKib(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static void Report(Timings ours, Timings theirs, double ourPeakKib, double theirPeakKib)
    {
        var voxelMib = Size.VoxelCount * sizeof(float) / 1048576.0;
        var reads = $"median of {Rounds * ReadsPerRound} warm reads in {Rounds} alternating rounds";
        Console.WriteLine(FormattableString.Invariant($"Series: {Size} CT slices, int16, explicit VR little endian"));
        Console.WriteLine(FormattableString.Invariant(
            $"DicomSeriesReader.Read : {ours.Median * 1000,8:F1} ms wall, {ours.Cpu * 1000,7:F1} ms CPU ({reads})"));
        Console.WriteLine(FormattableString.Invariant(
            $"pydicom + numpy        : {theirs.Median * 1000,8:F1} ms wall, {theirs.Cpu * 1000,7:F1} ms CPU"));
        var (wall, cpu) = (theirs.Median / ours.Median, theirs.Cpu / ours.Cpu);
        Console.WriteLine(FormattableString.Invariant(
            $"Speed-up               : {wall,8:F2} x wall, {cpu:F2} x CPU (target >= 3)"));
        var ourRatio = ourPeakKib / 1024 / voxelMib;
        Console.WriteLine(FormattableString.Invariant(
            $"Peak memory, ours      : {ourPeakKib / 1024,8:F1} MiB = {ourRatio:F2} x the {voxelMib:F0} MiB voxels"));
        Console.WriteLine("                         (target < 2; resident memory a cold read adds to a fresh process)");
        Console.WriteLine(FormattableString.Invariant(
            $"Peak memory, pydicom   : {theirPeakKib / 1024,8:F1} MiB = {theirPeakKib / 1024 / voxelMib:F2} x"));
    }

    /// <summary>Wall times of every read and the mean CPU time per read, over all rounds.</summary>
    private sealed class Timings
    {
        private readonly List<double> _seconds = [];
        private readonly List<double> _cpuSeconds = [];

        public double Median => _seconds.Order().ElementAt(_seconds.Count / 2);

        public double Cpu => _cpuSeconds.Average();

        public void Add((List<double> Seconds, double CpuSeconds) round)
        {
            _seconds.AddRange(round.Seconds);
            _cpuSeconds.Add(round.CpuSeconds);
        }

        public void Add(JsonElement round) => Add(
            ([.. round.GetProperty("seconds").EnumerateArray().Select(e => e.GetDouble())],
                round.GetProperty("cpu_seconds").GetDouble()));
    }

    private static string OwnCommand() =>
        Environment.ProcessPath
        ?? throw new InvalidOperationException("The benchmark cannot locate its own executable.");

    private static string ExtractScript(string folder)
    {
        var path = Path.Combine(folder, "read_series_pydicom.py");
        using var resource = typeof(SeriesReadBenchmark).Assembly.GetManifestResourceStream("read_series_pydicom.py")
            ?? throw new InvalidOperationException("The pydicom script is not embedded in the benchmark.");
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }

    private static async Task<JsonElement> RunJsonAsync(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(command) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SeriesReadBenchmark).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}" +
                (command.EndsWith("python3", StringComparison.Ordinal)
                    ? " (needs Debian's python3-pydicom and python3-numpy)" : ""));
        }

        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
