namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>One thread's buffers for working on one axial slice at a time, reused from slice to slice.</summary>
internal sealed class SliceWorkspace(int width, int height)
{
    public int Width { get; } = width;

    public float[] Voxels { get; } = new float[width * height];

    public bool[] First { get; } = new bool[width * height];

    public bool[] Second { get; } = new bool[width * height];

    public bool[] Third { get; } = new bool[width * height];

    public RowRuns Runs { get; } = new();

    public DisjointSets Sets { get; } = new();
}
