using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>A voxel grid in DICOM's LPS frame, before it becomes a RAS <see cref="VolumeGeometry"/>.</summary>
internal sealed record LpsGrid(
    GridSize Size, Vector3D Spacing, Vector3D Origin, Vector3D Row, Vector3D Column, Vector3D Slice)
{
    /// <summary>NIfTI's RAS frame: x and y negated.</summary>
    public VolumeGeometry ToRasGeometry() =>
        new(Spacing, ToRas(Origin), ToRas(Row), ToRas(Column), ToRas(Slice));

    private static Vector3D ToRas(Vector3D lps) => new(-lps.X, -lps.Y, lps.Z);
}
