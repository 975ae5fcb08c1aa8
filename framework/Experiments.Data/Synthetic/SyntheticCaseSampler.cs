using Experiments.Data.Datasets;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Draws one case's acquisition, head, hematoma, markers and clinical fields from its own
/// random stream (seed and case index), so a case does not depend on which other cases are made.
/// </summary>
public static class SyntheticCaseSampler
{
    public const double MinFieldOfViewMm = 200;
    public const double MaxFieldOfViewMm = 285;
    public const int MinSlices = 26;
    public const int MaxSlices = 34;

    public static SyntheticCaseSpec Sample(ulong seed, int index, int matrix, ExpansionRiskModel risk)
    {
        var random = SplitMix64.ForStream(seed, (ulong)index);
        var anatomy = SampleAnatomy(random);
        var (acquisition, headCentreZ) = SampleAcquisition(random, matrix, anatomy);
        var pose = SamplePose(random, acquisition, headCentreZ);

        var irregular = random.Chance(0.4);
        var (site, shape) = HematomaSampler.SampleShape(random, anatomy, irregular);
        var markers = HematomaSampler.SampleMarkers(random, irregular);
        var appearance = HematomaSampler.SampleAppearance(random, markers, shape, pose);

        var onset = Math.Round(random.Chance(0.4) ? random.Uniform(0.5, 2.5) : random.Uniform(2.5, 12), 2);
        var expansion = random.Chance(risk.Probability(markers, onset, shape.EllipsoidVolumeMl));
        var id = SyntheticDatasetLayout.CaseId(index);
        return new SyntheticCaseSpec(id, index, acquisition, pose, anatomy, site, shape, appearance, markers,
            onset, expansion, random.NextDouble(), random.Uniform(3.5, 6), random.NextUInt64());
    }

    private static HeadAnatomy SampleAnatomy(SplitMix64 random)
    {
        var hu = new TissueHu(
            Air: -1000,
            Scalp: random.Uniform(25, 40),
            CorticalBone: random.Uniform(1100, 1500),
            Diploe: random.Uniform(650, 850),
            Csf: random.Uniform(4, 12),
            GreyMatter: random.Uniform(36, 42),
            WhiteMatter: random.Uniform(27, 32),
            DeepGreyMatter: random.Uniform(33, 38),
            Falx: random.Uniform(45, 60));
        var semiAxes = new Vector3D(random.Uniform(68, 75), random.Uniform(86, 94), random.Uniform(74, 84));
        var phase = new Vector3D(random.Uniform(0, 6.28), random.Uniform(0, 6.28), random.Uniform(0, 6.28));
        return new HeadAnatomy(semiAxes, random.Uniform(4, 6), random.Uniform(6, 8.5), random.Uniform(1.5, 3),
            random.Uniform(2.5, 3.5), random.Uniform(0.12, 0.18), phase, hu);
    }

    /// <summary>
    /// An axial grid as a scanner writes it (rows along patient left, columns posterior, slices
    /// upwards) with the field of view drawn in the paper's range and the matrix given, and the
    /// height of the head centre in it: the vertex lies near the top slice. Spacing is rounded to
    /// 0.1 um and positions to 1 um so DICOM's decimal strings hold them exactly.
    /// </summary>
    private static (SyntheticAcquisition Acquisition, double HeadCentreZ) SampleAcquisition(
        SplitMix64 random, int matrix, HeadAnatomy anatomy)
    {
        var scanner = ScannerModel.Paper[random.NextInt(0, ScannerModel.Paper.Count - 1)];
        var spacing = RoundedSpacing(random.Uniform(MinFieldOfViewMm, MaxFieldOfViewMm) / matrix, matrix);
        var slices = random.NextInt(MinSlices, MaxSlices);
        var headCentreZ = Math.Round(random.Uniform(-80, 80), 3);
        var topSlice = headCentreZ + anatomy.ScalpSemiAxes.Z + random.Uniform(-4, 6);
        var half = (matrix - 1) / 2.0 * spacing;
        var origin = new Vector3D(Math.Round(random.Uniform(-5, 5) + half, 3),
            Math.Round(random.Uniform(-25, -5) + half, 3),
            Math.Round(topSlice - (slices - 1) * SyntheticAcquisition.SliceThicknessMm, 3));
        var geometry = new VolumeGeometry(new Vector3D(spacing, spacing, SyntheticAcquisition.SliceThicknessMm),
            origin, new Vector3D(-1, 0, 0), new Vector3D(0, -1, 0), new Vector3D(0, 0, 1));
        var acquisition = new SyntheticAcquisition(scanner, new GridSize(matrix, matrix, slices), geometry,
            spacing * matrix, UnsignedPixels: random.Chance(0.5));
        return (acquisition, headCentreZ);
    }

    /// <summary>Spacing rounded to 0.1 um, kept inside the field-of-view range after rounding.</summary>
    private static double RoundedSpacing(double spacing, int matrix) => Math.Clamp(
        Math.Round(spacing, 4),
        Math.Ceiling(MinFieldOfViewMm / matrix * 1e4) / 1e4,
        Math.Floor(MaxFieldOfViewMm / matrix * 1e4) / 1e4);

    /// <summary>Places the head near the grid centre, tilted a little.</summary>
    private static HeadPose SamplePose(SplitMix64 random, SyntheticAcquisition acquisition, double headCentreZ)
    {
        var size = acquisition.Size;
        var gridCentre = acquisition.Geometry.VoxelToWorld((size.X - 1) / 2.0, (size.Y - 1) / 2.0, 0);
        var centre = new Vector3D(gridCentre.X + random.Uniform(-3, 3), gridCentre.Y + random.Uniform(-3, 3),
            headCentreZ);
        return new HeadPose(centre, random.Uniform(-6, 6), random.Uniform(-5, 5), random.Uniform(-3, 3));
    }
}
