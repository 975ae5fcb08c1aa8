using System.Numerics;
using System.Runtime.CompilerServices;
using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;

namespace Experiments.Plugins.Preprocessing.Windowing;

/// <summary>Clips the image's intensities to [min_hu, max_hu]; masks pass through unchanged.</summary>
[Component(ComponentKind.Preprocessor, "window", Description = "Clip intensities to a HU window")]
public sealed class WindowPreprocessor : IPreprocessor
{
    private readonly float _min;
    private readonly float _max;

    public WindowPreprocessor(WindowOptions options)
    {
        OptionChecks.Require(options.MinHu < options.MaxHu, "min_hu",
            $"must be below max_hu ({options.MaxHu}), got {options.MinHu}");
        _min = (float)options.MinHu;
        _max = (float)options.MaxHu;
    }

    public PipelineShape DescribeOutput(PipelineShape input) => input;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ImagingCase Apply(ImagingCase input)
    {
        CaseChecks.RequireMasksOnImageGrid(input);
        var source = input.Image.Voxels;
        var clipped = GC.AllocateUninitializedArray<float>(source.Length);
        var min = new Vector<float>(_min);
        var max = new Vector<float>(_max);
        var whole = source.Length - source.Length % Vector<float>.Count;
        for (var n = 0; n < whole; n += Vector<float>.Count)
        {
            Vector.Min(Vector.Max(new Vector<float>(source, n), min), max).CopyTo(clipped, n);
        }

        for (var n = whole; n < source.Length; n++)
        {
            clipped[n] = Math.Min(Math.Max(source[n], _min), _max);
        }

        return input.WithImage(input.Image.WithVoxels(clipped));
    }
}
