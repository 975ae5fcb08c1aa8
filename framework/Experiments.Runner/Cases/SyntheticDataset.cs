using Experiments.Configuration.Schema;
using Experiments.Data.Synthetic;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Cases;

/// <summary>Writes the experiment's synthetic dataset (<c>data.synthetic</c>) when its file does not exist.</summary>
public static class SyntheticDataset
{
    public static void WriteIfMissing(DataConfig data, ILoggerFactory loggers)
    {
        if (data.Synthetic is not { } synthetic || File.Exists(data.Dataset))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(data.Dataset))!;
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new InvalidOperationException(
                $"data.dataset '{data.Dataset}' does not exist and its folder is not empty, so no synthetic dataset " +
                "is written there; point data.dataset at a new folder or remove data.synthetic.");
        }

        var logger = loggers.CreateLogger<SyntheticDatasetGenerator>();
        logger.LogInformation("Writing {Cases} synthetic cases ({Matrix} x {Matrix}) to {Folder}",
            synthetic.Cases, synthetic.Matrix, synthetic.Matrix, folder);
        var options = new SyntheticDatasetOptions(folder, synthetic.Cases, (ulong)synthetic.Seed, synthetic.Matrix)
        {
            ValidationFraction = synthetic.ValidationFraction,
            TestFraction = synthetic.TestFraction,
            Risk = new ExpansionRiskModel(
                synthetic.RiskIntercept, PerVolumeDoubling: synthetic.RiskPerVolumeDoubling),
        };
        var written = new SyntheticDatasetGenerator(logger).Generate(options);
        var expected = Path.GetFullPath(data.Dataset);
        if (!string.Equals(Path.GetFullPath(written.FilePath), expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The synthetic dataset was written as '{written.FilePath}', not '{data.Dataset}'; name data.dataset " +
                $"'{Path.GetFileName(written.FilePath)}' inside its folder.");
        }
    }
}
