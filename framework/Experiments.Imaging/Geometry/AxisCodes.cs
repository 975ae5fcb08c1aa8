namespace Experiments.Imaging.Geometry;

/// <summary>
/// Orientation codes such as <c>RAS</c> or <c>LPS</c>: for each voxel axis i, j, k, the anatomical
/// direction it points to most, as nibabel's <c>aff2axcodes</c> names them (the letters do not
/// depend on whether coordinates are written in RAS+ or LPS+).
/// </summary>
public static class AxisCodes
{
    private static readonly (char Positive, char Negative)[] RasLabels = [('R', 'L'), ('A', 'P'), ('S', 'I')];

    /// <summary>The axis codes of a geometry, e.g. <c>LAS</c> for i pointing left.</summary>
    public static string Of(VolumeGeometry geometry)
    {
        var axes = new[] { geometry.AxisI, geometry.AxisJ, geometry.AxisK };
        var codes = new char[3];
        var freeWorldAxes = new List<int> { 0, 1, 2 };
        var freeVoxelAxes = new List<int> { 0, 1, 2 };

        // Assign greedily, largest component first, so an oblique axis never steals another's label.
        while (freeVoxelAxes.Count > 0)
        {
            var (voxel, world) = freeVoxelAxes
                .SelectMany(v => freeWorldAxes.Select(w => (Voxel: v, World: w)))
                .MaxBy(pair => Math.Abs(Component(axes[pair.Voxel], pair.World)));
            var sign = Component(axes[voxel], world);
            codes[voxel] = sign >= 0 ? RasLabels[world].Positive : RasLabels[world].Negative;
            freeVoxelAxes.Remove(voxel);
            freeWorldAxes.Remove(world);
        }

        return new string(codes);
    }

    private static double Component(Vector3D v, int index) => index switch
    {
        0 => v.X,
        1 => v.Y,
        _ => v.Z,
    };
}
