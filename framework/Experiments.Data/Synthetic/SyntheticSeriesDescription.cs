using System.Globalization;
using Experiments.Imaging.Dicom.Writing;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The DICOM header of a synthetic case: its scanner, a synthetic patient named after the case,
/// and UIDs derived from the dataset seed and case id, so one seed gives identical files.
/// </summary>
internal static class SyntheticSeriesDescription
{
    private static readonly DateOnly FirstStudyDate = new(2021, 1, 4);

    public static CtSeriesDescription For(SyntheticCaseSpec spec, ulong seed) => new()
    {
        UidSeed = string.Create(CultureInfo.InvariantCulture, $"experiments-synthetic/{seed}/{spec.Id}"),
        PatientName = "Synthetic^" + spec.Id,
        PatientId = spec.Id,
        StudyDescription = "Synthetic non-contrast head CT",
        SeriesDescription = "Head 5.0 mm axial",
        Manufacturer = spec.Acquisition.Scanner.Manufacturer,
        ManufacturerModelName = spec.Acquisition.Scanner.Model,
        StudyDate = FirstStudyDate.AddDays(spec.Index),
        StudyTime = new TimeOnly(8, 0).AddMinutes(17 * (spec.Index % 50)),
        RescaleSlope = 1,
        RescaleIntercept = SyntheticAcquisition.RescaleIntercept,
        SliceThickness = SyntheticAcquisition.SliceThicknessMm,
        UnsignedPixels = spec.Acquisition.UnsignedPixels,
    };
}
