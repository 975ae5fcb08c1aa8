using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>The three voxel-to-world matrices a NIfTI header can describe, as 4 x 4 row-major affines.</summary>
public static class NiftiAffines
{
    /// <summary>The sform: the srow_x, srow_y and srow_z rows as stored.</summary>
    public static double[,] Sform(NiftiHeader header)
    {
        var affine = new double[4, 4];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                affine[row, column] = header.Srow[row][column];
            }
        }

        affine[3, 3] = 1;
        return affine;
    }

    /// <summary>The qform: the quaternion's rotation scaled by pixdim, k flipped when qfac is -1.</summary>
    public static double[,] Qform(NiftiHeader header)
    {
        var rotation = RotationQuaternion.FromStored(header.QuaternB, header.QuaternC, header.QuaternD).ToRotation();
        var size = header.VoxelSize;
        var linear = new Matrix3x3(
            rotation.Column0 * size.X, rotation.Column1 * size.Y, rotation.Column2 * (size.Z * header.Qfac));
        return Compose(linear, header.QOffset);
    }

    /// <summary>
    /// The affine nibabel uses when neither form is set: voxel sizes on the diagonal, i flipped
    /// (Analyze's radiological convention) and the grid centred on the world origin.
    /// </summary>
    public static double[,] PixdimOnly(NiftiHeader header)
    {
        var size = header.VoxelSize;
        var grid = header.SpatialSize;
        var linear = new Matrix3x3(
            new Vector3D(-size.X, 0, 0), new Vector3D(0, size.Y, 0), new Vector3D(0, 0, size.Z));
        var centre = new Vector3D((grid.X - 1) / 2.0, (grid.Y - 1) / 2.0, (grid.Z - 1) / 2.0);
        return Compose(linear, linear * centre * -1);
    }

    public static double[,] Compose(Matrix3x3 linear, Vector3D offset)
    {
        var affine = new double[4, 4];
        for (var column = 0; column < 3; column++)
        {
            var axis = linear.Column(column);
            affine[0, column] = axis.X;
            affine[1, column] = axis.Y;
            affine[2, column] = axis.Z;
        }

        affine[0, 3] = offset.X;
        affine[1, 3] = offset.Y;
        affine[2, 3] = offset.Z;
        affine[3, 3] = 1;
        return affine;
    }
}
