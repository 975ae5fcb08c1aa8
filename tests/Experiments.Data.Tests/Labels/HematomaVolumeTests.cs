using Experiments.Data.Labels;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Tests.Labels;

public class HematomaVolumeTests
{
    [Fact]
    public void Volume_is_voxel_count_times_voxel_volume_with_unequal_spacing()
    {
        // 7 voxels of 0.5 x 0.8 x 5 mm = 2 mm3 each: 14 mm3 = 0.014 mL.
        var mask = MaskVolumes.WithVoxels(7, MaskVolumes.Spacing(0.5, 0.8, 5), new GridSize(2, 3, 4));

        Assert.Equal(0.014, HematomaVolume.Millilitres(mask), 12);
    }

    [Fact]
    public void Voxels_count_from_one_half_and_any_label_above_zero()
    {
        var mask = new Volume(new GridSize(5, 1, 1), MaskVolumes.Spacing(1, 1, 1), [0f, 0.49f, 0.5f, 1f, 2f]);

        Assert.Equal(0.003, HematomaVolume.Millilitres(mask), 12);
    }

    [Fact]
    public void Sheared_grid_uses_the_determinant_not_the_product_of_spacings()
    {
        // A 20 degree gantry tilt: the slice axis leans into y. Voxel volume is
        // 0.5 * 0.5 * 5 * cos(20 deg) = 1.1746157759823856 mm3, not 1.25 mm3.
        var (sin, cos) = Math.SinCos(20 * Math.PI / 180);
        var geometry = new VolumeGeometry(new Vector3D(0.5, 0.5, 5), new Vector3D(10, -3, 7),
            new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, sin, cos));

        Assert.Equal(1.1746157759823856e-3, HematomaVolume.VoxelMillilitres(geometry), 15);
        Assert.Equal(1000 * 1.1746157759823856e-3,
            HematomaVolume.Millilitres(MaskVolumes.WithVoxels(1000, geometry)), 10);
    }

    [Fact]
    public void Flipped_axes_give_a_positive_volume()
    {
        var geometry = new VolumeGeometry(new Vector3D(0.4, 0.4, 5), new Vector3D(0, 0, 0),
            new Vector3D(-1, 0, 0), new Vector3D(0, -1, 0), new Vector3D(0, 0, -1));

        Assert.Equal(0.0008, HematomaVolume.VoxelMillilitres(geometry), 15);
    }
}
