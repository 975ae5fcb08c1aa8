using Experiments.Contracts.Preprocessing;
using Experiments.Data.Datasets;
using Experiments.Data.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Cases;

/// <summary>
/// Reads a dataset case for preprocessing: the scan (a DICOM series folder or a NIfTI file) and
/// its hematoma mask. Unevenly spaced series are resampled to a regular grid by the reader; a
/// gantry tilt is kept as a sheared geometry for the <c>series-to-volume</c> step to handle.
/// </summary>
public sealed class DatasetCaseSource(DatasetCase datasetCase, ILoggerFactory loggers) : ICaseSource
{
    public const string HematomaMask = "hematoma";

    /// <summary>How far a mask's affine may stray from the scan's (mm) and still count as the same grid.</summary>
    public const double MaskToleranceMm = 1e-3;

    private static readonly DicomSeriesOptions SeriesOptions = new()
    {
        UnevenSpacing = SliceGridPolicy.Resample,
        GantryTilt = SliceGridPolicy.Resample,
    };

    public string Id => datasetCase.Id;

    public DatasetCase Case => datasetCase;

    public IReadOnlyList<string> InputFiles =>
        (datasetCase.ImageIsDicomFolder
            ? Directory.EnumerateFiles(datasetCase.ImagePath).Order(StringComparer.Ordinal).ToList()
            : [datasetCase.ImagePath])
        .Append(datasetCase.HematomaPath)
        .ToList();

    public ImagingCase Load()
    {
        var image = ReadScan(datasetCase.ImagePath, datasetCase.Id, loggers);
        var mask = new NiftiReader(loggers.CreateLogger<NiftiReader>()).ReadVolume(datasetCase.HematomaPath);
        try
        {
            GeometryComparison.RequireSameGrid(image, mask, datasetCase.Id, MaskToleranceMm);
        }
        catch (GeometryMismatchException mismatch)
        {
            throw new CaseException(datasetCase.Id, "its hematoma mask does not lie on the scan's grid. " +
                                                    mismatch.Message, mismatch);
        }

        return new ImagingCase(datasetCase.Id, image, new Dictionary<string, Volume> { [HematomaMask] = mask });
    }

    /// <summary>A scan as a volume in Hounsfield units, from a DICOM folder or a NIfTI file.</summary>
    public static Volume ReadScan(string path, string caseId, ILoggerFactory loggers)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new CaseException(caseId, $"its scan '{path}' does not exist; expected a DICOM series folder or " +
                                            "a NIfTI file.");
        }

        try
        {
            return Directory.Exists(path)
                ? new DicomSeriesReader(loggers.CreateLogger<DicomSeriesReader>()).Read(path, SeriesOptions).Volume
                : new NiftiReader(loggers.CreateLogger<NiftiReader>()).ReadVolume(path);
        }
        catch (Exception error)
            when (error is DicomSeriesException or DicomFormatException or NiftiFormatException or IOException
                       or NotSupportedException or InvalidDataException)
        {
            throw new CaseException(caseId, $"cannot read its scan '{path}': {error.Message}", error);
        }
    }
}
