using Experiments.Imaging.Geometry;

namespace Experiments.Contracts.Preprocessing;

/// <summary>
/// What a pipeline stage knows about its cases before any data flows: the grid size when it is
/// fixed (null while it still depends on the scan) and the masks present. Lets a whole pipeline be
/// checked up front, e.g. normalisation inside the brain mask placed before skull stripping.
/// </summary>
public sealed record PipelineShape(GridSize? Size, IReadOnlySet<string> Masks)
{
    public static PipelineShape Raw(IEnumerable<string> datasetMasks) => new(null, new HashSet<string>(datasetMasks));

    public PipelineShape WithMask(string name) => this with { Masks = new HashSet<string>(Masks) { name } };
}
