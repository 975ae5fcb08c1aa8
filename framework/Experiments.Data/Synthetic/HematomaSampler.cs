using Experiments.Data.Datasets;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Draws a hematoma: its site, size and shape, the NCCT markers present and how they look.
/// Marker frequencies are rough figures from the hematoma-expansion literature.
/// </summary>
internal static class HematomaSampler
{
    private const double MedianVolumeMl = 14;
    private const double LogVolumeSpread = 0.7;
    private const double MarginToSkullMm = 4;
    private const double IrregularCore = 0.75;

    public static (HematomaSite Site, HematomaShape Shape) SampleShape(
        SplitMix64 random, HeadAnatomy anatomy, bool irregular)
    {
        var side = random.Chance(0.5) ? 1.0 : -1.0;
        var roll = random.NextDouble();
        var site = roll < 0.5 ? HematomaSite.BasalGanglia : roll < 0.7 ? HematomaSite.Thalamus : HematomaSite.Lobar;
        var lobes = SampleLobes(random, irregular);
        var volumeMl = Math.Clamp(Math.Exp(Math.Log(MedianVolumeMl) + LogVolumeSpread * random.Gaussian()), 2.5, 70);
        if (site == HematomaSite.Thalamus)
        {
            volumeMl *= 0.6;
        }

        var elongation = new Vector3D(random.Uniform(0.8, 1.15), random.Uniform(0.95, 1.35), random.Uniform(0.8, 1.1));
        var normalise = 1 / Math.Cbrt(elongation.X * elongation.Y * elongation.Z);
        // An irregular clot is a smaller core with large lobes, of about the same volume.
        var radius = Math.Cbrt(3 * volumeMl * 1000 / (4 * Math.PI)) * (irregular ? IrregularCore : 1);
        var reachPerRadius = Math.Max(elongation.X, Math.Max(elongation.Y, elongation.Z)) * normalise *
                             (1 + lobes.Sum(lobe => lobe.Amplitude));
        var centre = site switch
        {
            HematomaSite.BasalGanglia => new Vector3D(side * random.Uniform(19, 26), random.Uniform(0, 12),
                random.Uniform(-6, 6)),
            HematomaSite.Thalamus => new Vector3D(side * random.Uniform(8, 13), random.Uniform(-18, -10),
                random.Uniform(-4, 6)),
            _ => LobarCentre(random, anatomy, side, radius * reachPerRadius),
        };

        var room = anatomy.DepthBelowScalp(centre, out _) - anatomy.BrainDepthMm - MarginToSkullMm;
        radius = Math.Min(radius, room / reachPerRadius);
        return (site, new HematomaShape(centre, elongation * (normalise * radius), lobes));
    }

    /// <summary>
    /// A lobar centre: out from the head centre towards one side, as deep below the brain
    /// surface as the hematoma reaches (at least 20 mm from the centre), so it stays in the brain.
    /// </summary>
    private static Vector3D LobarCentre(SplitMix64 random, HeadAnatomy anatomy, double side, double reachMm)
    {
        var direction = new Vector3D(side * random.Uniform(0.6, 1), random.Uniform(-0.8, 0.8),
            random.Uniform(0.1, 0.6)).Normalized();
        var a = anatomy.ScalpSemiAxes;
        var toScalp = 1 / Math.Sqrt(Math.Pow(direction.X / a.X, 2) + Math.Pow(direction.Y / a.Y, 2) +
                                    Math.Pow(direction.Z / a.Z, 2));
        var distance = Math.Max(20, toScalp - anatomy.BrainDepthMm - MarginToSkullMm - reachMm);
        return direction * distance;
    }

    public static NcctMarkers SampleMarkers(SplitMix64 random, bool irregular)
    {
        var blackHole = random.Chance(0.12);
        var swirl = random.Chance(0.2);
        var plainHypodensity = random.Chance(0.2);
        var blend = random.Chance(0.18);
        var fluidLevel = random.Chance(0.06);
        return new NcctMarkers(plainHypodensity || blackHole || swirl, blackHole, swirl, blend, fluidLevel, irregular);
    }

    public static HematomaAppearance SampleAppearance(
        SplitMix64 random, NcctMarkers markers, HematomaShape shape, HeadPose pose)
    {
        // Black hole and swirl are hypodensities of their own; a plain one is drawn only without them.
        var plainHypodensity = markers.Hypodensity && !markers.BlackHole && !markers.Swirl;
        var axes = shape.SemiAxes;
        var smallest = Math.Min(axes.X, Math.Min(axes.Y, axes.Z));
        var blobs = new List<HypodenseBlob>();
        if (plainHypodensity)
        {
            var count = random.NextInt(1, 2);
            for (var n = 0; n < count; n++)
            {
                blobs.Add(new HypodenseBlob(RandomDirection(random) * (random.Uniform(0.2, 0.6) * smallest),
                    random.Uniform(0.3, 0.45) * smallest, random.Uniform(18, 26), SharpMargin: false));
            }
        }

        if (markers.BlackHole)
        {
            // Offset plus radius stays under half the smallest semi-axis: the hole never meets the margin.
            blobs.Add(new HypodenseBlob(RandomDirection(random) * (random.Uniform(0, 0.2) * smallest),
                random.Uniform(0.22, 0.3) * smallest, random.Uniform(34, 44), SharpMargin: true));
        }

        var swirl = markers.Swirl
            ? new SwirlPattern(random.NextInt(2, 3), random.Uniform(0.15, 0.3), random.Uniform(0, 2 * Math.PI),
                random.Uniform(14, 20), 0.75 * Math.Min(axes.X, axes.Y))
            : null;
        var blend = markers.Blend
            ? new DensitySplit(HorizontalDirection(random), random.Uniform(-0.25, 0.25) * smallest,
                -random.Uniform(24, 32), 0)
            : null;
        var fluid = markers.FluidLevel ? SampleFluidLevel(random, pose, smallest) : null;
        return new HematomaAppearance(random.Uniform(62, 78), blobs, swirl, blend, fluid);
    }

    /// <summary>Cells settle on the dependent side: posterior in the world for a supine patient.</summary>
    private static DensitySplit SampleFluidLevel(SplitMix64 random, HeadPose pose, double smallest)
    {
        var posteriorInHead = pose.HeadToWorld.Transpose() * new Vector3D(0, -1, 0);
        return new DensitySplit(posteriorInHead, random.Uniform(-0.2, 0.2) * smallest,
            random.Uniform(8, 12), -random.Uniform(14, 20));
    }

    private static List<HematomaLobe> SampleLobes(SplitMix64 random, bool irregular)
    {
        if (!irregular)
        {
            return [new HematomaLobe(HorizontalDirection(random), random.Uniform(0.03, 0.08), 2)];
        }

        // Lobes lie near the axial plane so the margin irregularities show on the largest slice.
        var count = random.NextInt(2, 4);
        return Enumerable.Range(0, count)
            .Select(_ => new HematomaLobe(HorizontalDirection(random), random.Uniform(0.5, 0.9), 8))
            .ToList();
    }

    private static Vector3D HorizontalDirection(SplitMix64 random)
    {
        var angle = random.Uniform(0, 2 * Math.PI);
        return new Vector3D(Math.Cos(angle), Math.Sin(angle), random.Uniform(-0.3, 0.3)).Normalized();
    }

    private static Vector3D RandomDirection(SplitMix64 random) =>
        new Vector3D(random.Gaussian(), random.Gaussian(), random.Gaussian()).Normalized();
}
