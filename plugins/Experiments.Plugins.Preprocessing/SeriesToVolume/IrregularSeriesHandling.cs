namespace Experiments.Plugins.Preprocessing.SeriesToVolume;

/// <summary>What to do with a series whose grid is sheared (gantry tilt: slices offset in-plane).</summary>
public enum IrregularSeriesHandling
{
    /// <summary>Keep the sheared grid; later steps honour the shear through the geometry.</summary>
    Keep,

    /// <summary>Resample onto an orthonormal grid (linear image, nearest masks), same spacing in-plane.</summary>
    Resample,

    /// <summary>Fail the case.</summary>
    Error,
}
