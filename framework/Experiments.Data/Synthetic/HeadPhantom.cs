using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Noise-free tissue densities of a head without hemorrhage, as a function of the head-frame
/// position: air, scalp, a skull with dense tables and a lighter diploe, subarachnoid CSF,
/// cortex with sulci, white matter, basal ganglia and thalami, lateral and third ventricles, falx.
/// </summary>
public sealed class HeadPhantom(HeadAnatomy anatomy)
{
    private const double SulcusBandMm = 12;
    private const double SulcusHalfWidth = 0.22;
    private const double FalxHalfWidthMm = 0.8;

    private static readonly Ellipsoid LateralVentricle = new(new(11, 4, 14), new(5, 24, 8));
    private static readonly Ellipsoid ThirdVentricle = new(new(0, -6, 0), new(1.6, 11, 8));
    private static readonly Ellipsoid BasalGanglia = new(new(21, 6, -2), new(7, 13, 9));
    private static readonly Ellipsoid Thalamus = new(new(9, -14, 1), new(7, 10, 8));

    public HeadAnatomy Anatomy { get; } = anatomy;

    public double HuAt(Vector3D p)
    {
        var hu = Anatomy.Hu;
        var depth = Anatomy.DepthBelowScalp(p, out var outside);
        if (outside)
        {
            return hu.Air;
        }

        if (depth < Anatomy.ScalpMm)
        {
            return hu.Scalp;
        }

        depth -= Anatomy.ScalpMm;
        if (depth < Anatomy.SkullMm)
        {
            var fraction = depth / Anatomy.SkullMm;
            return fraction is < 0.3 or > 0.7 ? hu.CorticalBone : hu.Diploe;
        }

        depth -= Anatomy.SkullMm;
        return depth < Anatomy.SubarachnoidMm ? hu.Csf : BrainHu(p, depth - Anatomy.SubarachnoidMm);
    }

    private double BrainHu(Vector3D p, double brainDepth)
    {
        var hu = Anatomy.Hu;
        if (brainDepth < SulcusBandMm && IsSulcus(p))
        {
            return hu.Csf;
        }

        if (brainDepth < Anatomy.CortexMm)
        {
            return hu.GreyMatter;
        }

        if (Math.Abs(p.X) < FalxHalfWidthMm && p.Z > 20)
        {
            return hu.Falx;
        }

        var mirrored = p with { X = Math.Abs(p.X) };
        if (LateralVentricle.Contains(mirrored) || ThirdVentricle.Contains(p))
        {
            return hu.Csf;
        }

        return BasalGanglia.Contains(mirrored) || Thalamus.Contains(mirrored) ? hu.DeepGreyMatter : hu.WhiteMatter;
    }

    /// <summary>Sulci as the zero set of a sum of sinusoids, which folds like gyri at a glance.</summary>
    private bool IsSulcus(Vector3D p)
    {
        var f = Anatomy.SulcusFrequency;
        var phase = Anatomy.SulcusPhase;
        var field = Math.Sin(p.X * f + phase.X) + Math.Sin(p.Y * f + phase.Y) + Math.Sin(p.Z * f + phase.Z);
        return Math.Abs(field) < SulcusHalfWidth;
    }
}
