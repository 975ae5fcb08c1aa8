using System.ComponentModel;

namespace Experiments.Plugins.Preprocessing.SeriesToVolume;

/// <summary>Options of <see cref="SeriesToVolumePreprocessor"/>.</summary>
public sealed class SeriesToVolumeOptions
{
    [Description("A sheared (gantry-tilted) series: keep, resample (onto an orthonormal grid) or error.")]
    public IrregularSeriesHandling IrregularSeries { get; set; } = IrregularSeriesHandling.Resample;

    [Description("Image value (HU) where the unsheared grid lies outside the series.")]
    public double OutsideHu { get; set; } = -1024;
}
