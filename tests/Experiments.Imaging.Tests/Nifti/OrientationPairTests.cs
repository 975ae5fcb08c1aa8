using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>
/// niivue's RAS.nii.gz and LPI.nii.gz hold one brain in opposite storage orders; mapped through
/// their affines to world coordinates they must agree voxel for voxel.
/// </summary>
public class OrientationPairTests
{
    [Fact]
    public void Ras_and_lpi_storage_of_one_brain_match_voxel_for_voxel_in_world_space()
    {
        var reader = new NiftiReader();
        var ras = reader.ReadVolume(RepositoryPaths.SharedFile("nifti/niivue/RAS.nii.gz"));
        var lpi = reader.ReadVolume(RepositoryPaths.SharedFile("nifti/niivue/LPI.nii.gz"));
        var toLpi = new WorldToVoxelTransform(lpi.Geometry);

        Assert.Equal("RAS", AxisCodes.Of(ras.Geometry));
        Assert.Equal("LPI", AxisCodes.Of(lpi.Geometry));
        var compared = 0;
        var nonZero = 0;
        for (var k = 0; k < ras.Size.Z; k++)
        {
            for (var j = 0; j < ras.Size.Y; j++)
            {
                for (var i = 0; i < ras.Size.X; i++)
                {
                    var index = toLpi.Apply(ras.Geometry.VoxelToWorld(i, j, k));
                    var (x, y, z) = (Nearest(index.X), Nearest(index.Y), Nearest(index.Z));
                    Assert.Equal(ras[i, j, k], lpi[x, y, z]);
                    compared++;
                    nonZero += ras[i, j, k] != 0 ? 1 : 0;
                }
            }
        }

        Assert.Equal(64 * 79 * 67, compared);
        Assert.Equal(179799, nonZero);
    }

    [Fact]
    public void Lpi_index_is_the_mirror_of_the_ras_index()
    {
        var reader = new NiftiReader();
        var ras = reader.ReadVolume(RepositoryPaths.SharedFile("nifti/niivue/RAS.nii.gz"));
        var lpi = reader.ReadVolume(RepositoryPaths.SharedFile("nifti/niivue/LPI.nii.gz"));

        var index = new WorldToVoxelTransform(lpi.Geometry).Apply(ras.Geometry.VoxelToWorld(0, 0, 0));

        Assert.Equal(63, index.X, 3);
        Assert.Equal(78, index.Y, 3);
        Assert.Equal(66, index.Z, 3);
    }

    /// <summary>Points of one grid land within 1e-3 voxel of the other's centres; anything more is a bug.</summary>
    private static int Nearest(double index)
    {
        var rounded = Math.Round(index);
        Assert.True(Math.Abs(index - rounded) < 1e-3, $"index {index} is not on the other grid");
        return (int)rounded;
    }
}
