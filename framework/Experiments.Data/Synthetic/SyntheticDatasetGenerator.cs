using System.Globalization;
using Experiments.Data.Datasets;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Nifti;
using Microsoft.Extensions.Logging;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Generates a synthetic dataset: per case a DICOM series and baseline and 24 h hematoma masks,
/// then <c>dataset.json</c> with a training / validation / test split. Cases are rendered in
/// parallel; each draws from its own seeded stream, so the files do not depend on scheduling.
/// Masks are uint8 NIfTI on the image's grid, in the geometry the DICOM series describes.
/// </summary>
public sealed class SyntheticDatasetGenerator(ILogger<SyntheticDatasetGenerator> logger)
{
    /// <param name="caseDone">Called (from worker threads) after each case is written.</param>
    public DatasetFile Generate(SyntheticDatasetOptions options, Action<RenderedCase>? caseDone = null)
    {
        options.Validate();
        var layout = new SyntheticDatasetLayout(options.OutputFolder);
        RequireEmptyFolder(layout.Root);
        logger.LogInformation("Generating {Cases} synthetic cases (seed {Seed}, matrix {Matrix}) in {Folder}",
            options.Cases, options.Seed, options.Matrix, layout.Root);

        var cases = new DatasetCase[options.Cases];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) };
        Parallel.For(0, options.Cases, parallel, index =>
        {
            var spec = SyntheticCaseSampler.Sample(options.Seed, index, options.Matrix, options.Risk);
            var rendered = SyntheticCaseRenderer.Render(spec);
            cases[index] = Write(rendered, layout, options.Seed);
            logger.LogDebug("Case {Id}: {Site}, {BaselineMl:F1} mL -> {FollowupMl:F1} mL, expansion {Label}",
                spec.Id, spec.Site, rendered.Expansion.BaselineMl, rendered.Expansion.FollowupMl,
                rendered.Expansion.Expansion ? 1 : 0);
            caseDone?.Invoke(rendered);
        });

        var dataset = Split(layout.DatasetFile, options, cases);
        DatasetFileWriter.Write(dataset);
        return dataset;
    }

    private DatasetCase Write(RenderedCase rendered, SyntheticDatasetLayout layout, ulong seed)
    {
        var spec = rendered.Spec;
        var series = layout.SeriesFolder(spec.Id);
        DicomSeriesWriter.Write(series, rendered.Image, SyntheticSeriesDescription.For(spec, seed));
        var hematoma = layout.HematomaMask(spec.Id);
        var followup = layout.FollowupMask(spec.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(hematoma)!);
        WriteMask(hematoma, rendered.Hematoma);
        WriteMask(followup, rendered.FollowupHematoma);
        var clinical = new ClinicalFields(spec.OnsetToCtHours, spec.Markers);
        return new DatasetCase(spec.Id, series, hematoma, followup, rendered.Expansion.Expansion, clinical);
    }

    private static void WriteMask(string path, Volume mask) =>
        NiftiWriter.Write(mask, path, new NiftiWriteOptions(NiftiStorageType.UInt8, Description: "synthetic hematoma"));

    /// <summary>
    /// Splits each class (expansion or not) by the fractions, in index order, so validation and test
    /// hold both classes whenever a class has enough cases; without that, a small dataset can leave
    /// the expansion AUC undefined on every validation.
    /// </summary>
    private static DatasetFile Split(string path, SyntheticDatasetOptions options, DatasetCase[] cases)
    {
        var lists = cases.GroupBy(c => c.Expansion)
            .Select(group => SplitClass(group.ToArray(), options))
            .ToList();
        var training = lists.SelectMany(l => l.Training).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (training.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), cases.Length,
                "Too few cases for the validation and test fractions: no training case is left.");
        }

        var description = string.Create(CultureInfo.InvariantCulture,
            $"Synthetic non-contrast head CT with intracerebral hematoma and NCCT markers; seed {options.Seed}, " +
            $"{cases.Length} cases, {options.Matrix} x {options.Matrix} matrix. Not patient data.");
        return new DatasetFile(path, "synthetic-hematoma-expansion", description, training,
            lists.SelectMany(l => l.Validation).OrderBy(c => c.Id, StringComparer.Ordinal).ToList(),
            lists.SelectMany(l => l.Test).OrderBy(c => c.Id, StringComparer.Ordinal).ToList());
    }

    private static (DatasetCase[] Training, DatasetCase[] Validation, DatasetCase[] Test) SplitClass(
        DatasetCase[] cases, SyntheticDatasetOptions options)
    {
        var validation = (int)Math.Round(cases.Length * options.ValidationFraction, MidpointRounding.AwayFromZero);
        var test = (int)Math.Round(cases.Length * options.TestFraction, MidpointRounding.AwayFromZero);
        var training = Math.Max(cases.Length > 2 ? 1 : 0, cases.Length - validation - test);
        validation = Math.Min(validation, cases.Length - training);
        return (cases[..training], cases[training..(training + validation)], cases[(training + validation)..]);
    }

    private static void RequireEmptyFolder(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException(
                $"The output folder '{folder}' is not empty; choose a new folder so no earlier files mix in.");
        }

        Directory.CreateDirectory(folder);
    }
}
