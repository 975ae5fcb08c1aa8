using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>
/// How dcm2niix's voxel axes map onto ours: dcm2niix may flip rows or slices, so each of its
/// affine columns must equal one of ours, or its negation, within a tolerance (mm).
/// </summary>
internal sealed class GridCorrespondence
{
    private readonly int[] _ourAxis = new int[3];
    private readonly bool[] _flipped = new bool[3];
    private readonly GridSize _size;

    private GridCorrespondence(GridSize size) => _size = size;

    /// <summary>
    /// Matches dcm2niix's axes to ours. The first <paramref name="exactAxes"/> columns must equal
    /// ours (or their negation) within <paramref name="tolerance"/> mm; the rest are paired by
    /// direction only, for outputs whose slice axis dcm2niix approximates (uneven or tilted stacks).
    /// </summary>
    public static GridCorrespondence Match(Volume ours, NiftiTestImage theirs, double tolerance, int exactAxes = 3)
    {
        var map = new GridCorrespondence(ours.Size);
        var a = ours.Geometry.Affine;
        var unused = new List<int> { 0, 1, 2 };
        for (var c = 0; c < 3; c++)
        {
            var column = Column(theirs.Affine, c);
            var best = unused.MaxBy(m => Math.Abs(column.Normalized().Dot(Column(a, m).Normalized())));
            var flipped = column.Dot(Column(a, best)) < 0;
            if (c < exactAxes)
            {
                var difference = (flipped ? column + Column(a, best) : column - Column(a, best)).Length;
                Assert.True(difference < tolerance,
                    $"dcm2niix axis {c} {column} is {difference} mm from ours ({Describe(a)})");
            }

            (map._ourAxis[c], map._flipped[c]) = (best, flipped);
            unused.Remove(best);
            Assert.Equal(Size(ours.Size, best), theirs.Shape[c]);
        }

        var corner = map.OurIndex(0, 0, 0);
        var origin = ours.Geometry.VoxelToWorld(corner[0], corner[1], corner[2]);
        var offset = (origin - Column(theirs.Affine, 3)).Length;
        Assert.True(offset < tolerance, $"dcm2niix's first voxel is {offset} mm from ours");
        return map;
    }

    /// <summary>Every voxel of dcm2niix's image equals ours at the corresponding index.</summary>
    public void AssertSameVoxels(Volume ours, NiftiTestImage theirs)
    {
        for (var k = 0; k < theirs.Shape[2]; k++)
        {
            for (var j = 0; j < theirs.Shape[1]; j++)
            {
                for (var i = 0; i < theirs.Shape[0]; i++)
                {
                    var index = OurIndex(i, j, k);
                    var expected = ours[index[0], index[1], index[2]];
                    if (theirs[i, j, k] != expected)
                    {
                        Assert.Fail($"dcm2niix voxel ({i}, {j}, {k}) = {theirs[i, j, k]}, ours " +
                            $"({index[0]}, {index[1]}, {index[2]}) = {expected}");
                    }
                }
            }
        }
    }

    private int[] OurIndex(int i, int j, int k)
    {
        int[] theirs = [i, j, k];
        var ours = new int[3];
        for (var c = 0; c < 3; c++)
        {
            var m = _ourAxis[c];
            ours[m] = _flipped[c] ? Size(_size, m) - 1 - theirs[c] : theirs[c];
        }

        return ours;
    }

    private static int Size(GridSize size, int axis) => axis switch { 0 => size.X, 1 => size.Y, _ => size.Z };

    private static Vector3D Column(double[,] affine, int c) => new(affine[0, c], affine[1, c], affine[2, c]);

    private static string Describe(double[,] a) => string.Join("; ", Enumerable.Range(0, 3)
        .Select(c => new Vector3D(a[0, c], a[1, c], a[2, c]).ToString()));
}
