namespace RandomFlipPlugin;

/// <summary>
/// An anatomical axis of a preprocessed volume, named as experiment files write it
/// (<c>left-right</c>, <c>anterior-posterior</c>, <c>superior-inferior</c>).
/// </summary>
/// <remarks>
/// Each name stands for one array axis of a <c>TrainingSample</c>: left-right for its width (x, the
/// fastest), anterior-posterior for its height (y) and superior-inferior for its depth (z). That
/// holds for axial head CT after the <c>resample</c> step, which keeps the scan's row, column and
/// slice directions as its x, y and z.
/// </remarks>
public enum FlipAxis
{
    LeftRight,
    AnteriorPosterior,
    SuperiorInferior,
}
