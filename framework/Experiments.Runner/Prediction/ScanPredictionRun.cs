using Experiments.Contracts.Preprocessing;
using Experiments.Runner.Cases;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Predicts on scans one after another: read (DICOM folder or NIfTI; uneven spacing and gantry
/// tilt resampled by the reader), preprocess as the experiment says, run the network, write the
/// outputs back on the scan's grid. A scan that cannot be read or preprocessed is reported and
/// skipped; the others still finish.
/// </summary>
public sealed class ScanPredictionRun(PredictionModel model, string outputFolder, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<ScanPredictionRun>();

    public PredictionOutcome Run(
        IReadOnlyList<ScanInput> inputs,
        IProgress<ScanInput>? progress = null,
        CancellationToken cancellation = default)
    {
        var preprocessing = new ScanPreprocessing(model.Steps);
        var writer = new ScanPredictionWriter(outputFolder);
        var predictions = new List<ScanPrediction>();
        var skipped = new List<SkippedScan>();
        foreach (var input in inputs)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(input);
            try
            {
                predictions.Add(PredictOne(input, preprocessing, writer));
            }
            catch (CaseException failure)
            {
                _logger.LogWarning("Skipped {Scan}: {Reason}", input.Path, failure.Message);
                skipped.Add(new SkippedScan(input, failure.Message));
            }
        }

        return new PredictionOutcome(predictions, skipped);
    }

    private ScanPrediction PredictOne(ScanInput input, ScanPreprocessing preprocessing, ScanPredictionWriter writer)
    {
        var scan = DatasetCaseSource.ReadScan(input.Path, input.Name, loggers);
        var prepared = preprocessing.Run(input.Name, scan);
        var image = prepared.Network.Image;
        var outputs = model.Predictor.Predict(image.Voxels, image.Size.Z, image.Size.Y, image.Size.X);
        var prediction = writer.Write(input, prepared, outputs, model.Tasks, model.Threshold);
        _logger.LogInformation(
            "{Scan}: {Probabilities}; {Volumes}; brain {Brain:F0} mL",
            input.Name,
            string.Join(", ", prediction.Probabilities.Select(p => $"{p.Key} probability {p.Value:F3}")),
            string.Join(", ", prediction.VolumesMl.Select(v => $"{v.Key} {v.Value:F1} mL")),
            prediction.BrainVolumeMl);
        return prediction;
    }
}
