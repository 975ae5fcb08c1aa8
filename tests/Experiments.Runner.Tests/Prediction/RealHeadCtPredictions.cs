using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Nifti;
using Experiments.Runner.Prediction;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Runner.Tests.Prediction;

/// <summary>
/// One prediction pass shared by the real head CT tests: the GE series with an 18.5 degree gantry
/// tilt and 4 / 1.08 / 7 mm slice gaps, given once as its DICOM folder and once as the NIfTI our
/// converter writes of it (tilt and uneven spacing resampled, as <c>experiments convert
/// --gantry-tilt resample --uneven-spacing resample</c> does), plus three inputs that cannot be read.
/// </summary>
public sealed class RealHeadCtPredictions : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public RealHeadCtPredictions()
    {
        DicomFolder = Path.Combine(RepositoryPaths.SharedData, "ct", "dcm_qa_ct_GE_tilt");
        ConvertedScan = _folder.File("ge-tilt-converted.nii.gz");
        var options = new DicomSeriesOptions
        {
            UnevenSpacing = SliceGridPolicy.Resample, GantryTilt = SliceGridPolicy.Resample,
        };
        var series = new DicomSeriesReader(NullLogger<DicomSeriesReader>.Instance).Read(DicomFolder, options);
        NiftiWriter.Write(series.Volume, ConvertedScan);
        EmptyFolder = Directory.CreateDirectory(_folder.File("no-dicom-here")).FullName;
        MissingFile = _folder.File("missing.nii.gz");
        TextFile = _folder.File("notes.txt");
        File.WriteAllText(TextFile, "not a scan");

        var checkpoint = TrainedCheckpoint.Write(_folder.File("run"));
        var model = PredictionModel.Load(checkpoint, NullLoggerFactory.Instance);
        Output = _folder.File("predictions");
        Outcome = new ScanPredictionRun(model, Output, NullLoggerFactory.Instance)
            .Run(ScanInput.FromPaths([DicomFolder, MissingFile, ConvertedScan, EmptyFolder, TextFile]));
    }

    public string DicomFolder { get; }

    public string ConvertedScan { get; }

    public string EmptyFolder { get; }

    public string MissingFile { get; }

    public string TextFile { get; }

    public string Output { get; }

    public PredictionOutcome Outcome { get; }

    public ScanPrediction FromDicom => Outcome.Predictions.Single(p => p.Input.Path == DicomFolder);

    public ScanPrediction FromNifti => Outcome.Predictions.Single(p => p.Input.Path == ConvertedScan);

    public void Dispose() => _folder.Dispose();
}
