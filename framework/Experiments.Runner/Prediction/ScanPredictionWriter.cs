using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Experiments.Data.Labels;
using Experiments.Imaging;
using Experiments.Imaging.Nifti;
using Experiments.Imaging.Resampling;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Writes one scan's prediction into its folder: each mask task as a uint8 NIfTI on the scan's
/// own grid (the resampling inverted, so it opens over the scan in any viewer), the brain mask
/// likewise, PNG overlays of the slices with the largest predicted area, and
/// <c>prediction.json</c> with the probabilities and volumes.
/// </summary>
public sealed class ScanPredictionWriter(string outputFolder, int overlaySlices = 3)
{
    public const string SummaryFile = "prediction.json";
    public const string BrainMaskFile = "brain-mask.nii.gz";

    private static readonly NiftiWriteOptions MaskStorage = new(NiftiStorageType.UInt8);

    public ScanPrediction Write(
        ScanInput input, PreprocessedScan scan, ScanOutputs outputs, IReadOnlyList<TrainingTask> tasks,
        double threshold)
    {
        var folder = Path.Combine(outputFolder, input.Name);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var volumes = new Dictionary<string, double>();
        var masks = new Dictionary<string, Volume>();
        foreach (var task in tasks.Where(t => t.Target == TaskTarget.Mask))
        {
            var onScan = OnScanGrid(outputs.MaskProbabilities[task.Name], scan, threshold);
            masks[task.Name] = onScan;
            volumes[task.Name] = HematomaVolume.Millilitres(onScan);
            files.Add(WriteMask(onScan, Path.Combine(folder, $"{task.Name}.nii.gz")));
        }

        double? brainMl = null;
        if (scan.BrainOnScan is { } brain)
        {
            brainMl = HematomaVolume.Millilitres(brain);
            files.Add(WriteMask(brain, Path.Combine(folder, BrainMaskFile)));
        }

        if (masks.Count > 0)
        {
            files.AddRange(WriteOverlays(scan, masks.First(), folder));
        }

        var prediction = new ScanPrediction(input, folder, outputs.CaseProbabilities, volumes, brainMl, files);
        var summary = Path.Combine(folder, SummaryFile);
        File.WriteAllText(summary, ToJson(prediction, scan).ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
        }));
        return prediction with { Files = [.. files, summary] };
    }

    private static Volume OnScanGrid(float[] probabilities, PreprocessedScan scan, double threshold)
    {
        var network = scan.Network.Image;
        var binary = probabilities.Select(p => p >= threshold ? 1f : 0f).ToArray();
        return ResampleBack.Mask(new Volume(network.Size, network.Geometry, binary), scan.Scan.Size,
            scan.Scan.Geometry);
    }

    private static string WriteMask(Volume mask, string path)
    {
        NiftiWriter.Write(mask, path, MaskStorage);
        return path;
    }

    private IEnumerable<string> WriteOverlays(PreprocessedScan scan, KeyValuePair<string, Volume> mask, string folder)
    {
        var renderer = new OverlayRenderer();
        foreach (var slice in OverlaySlices.Choose(mask.Value, scan.BrainOnScan, overlaySlices))
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
                $"overlay-{mask.Key}-slice{slice:D3}.png"));
            renderer.Write(scan.Scan, mask.Value, scan.BrainOnScan, slice, path);
            yield return path;
        }
    }

    private static JsonObject ToJson(ScanPrediction prediction, PreprocessedScan scan)
    {
        var size = scan.Scan.Size;
        var spacing = scan.Scan.Geometry.Spacing;
        var probabilities = new JsonObject();
        foreach (var (task, probability) in prediction.Probabilities)
        {
            probabilities[task] = probability;
        }

        var volumes = new JsonObject();
        foreach (var (task, millilitres) in prediction.VolumesMl)
        {
            volumes[task] = millilitres;
        }

        if (prediction.BrainVolumeMl is { } brain)
        {
            volumes["brain"] = brain;
        }

        return new JsonObject
        {
            ["input"] = Path.GetFullPath(prediction.Input.Path),
            ["scan_size"] = new JsonArray(size.X, size.Y, size.Z),
            ["scan_spacing_mm"] = new JsonArray(spacing.X, spacing.Y, spacing.Z),
            ["probabilities"] = probabilities,
            ["volumes_ml"] = volumes,
            ["files"] = new JsonArray(prediction.Files.Select(f => (JsonNode)Path.GetFileName(f)).ToArray()),
        };
    }
}
