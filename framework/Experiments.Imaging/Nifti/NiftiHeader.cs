using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// The fields of a NIfTI-1 or NIfTI-2 header that matter for reading voxels and geometry, in the
/// precision of the file (NIfTI-1 floats widened to double).
/// </summary>
public sealed record NiftiHeader
{
    /// <summary>1 for the 348-byte header, 2 for the 540-byte one.</summary>
    public required int Version { get; init; }

    public required bool IsBigEndian { get; init; }

    /// <summary>The magic string without its NUL padding: <c>n+1</c>, <c>ni1</c>, <c>n+2</c> or <c>ni2</c>.</summary>
    public required string Magic { get; init; }

    /// <summary>The <c>dim</c> array: dim[0] is the number of dimensions, dim[1..] the sizes.</summary>
    public required IReadOnlyList<long> Dim { get; init; }

    /// <summary>The raw <c>datatype</c> code; <see cref="DataType"/> when it is supported.</summary>
    public required short DataTypeCode { get; init; }

    public required short BitPix { get; init; }

    /// <summary>The <c>pixdim</c> array: pixdim[0] is qfac, pixdim[1..3] the voxel size.</summary>
    public required IReadOnlyList<double> PixDim { get; init; }

    public required long VoxOffset { get; init; }

    public required double SclSlope { get; init; }

    public required double SclInter { get; init; }

    public required int XyztUnits { get; init; }

    public required int QformCode { get; init; }

    public required int SformCode { get; init; }

    public required double QuaternB { get; init; }

    public required double QuaternC { get; init; }

    public required double QuaternD { get; init; }

    public required Vector3D QOffset { get; init; }

    /// <summary>The three sform rows, each (x, y, z, offset).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Srow { get; init; }

    public required int IntentCode { get; init; }

    /// <summary>Free text; may hold anything the writing tool chose, so it is not shown by default.</summary>
    public required string Description { get; init; }

    public NiftiDataType DataType => NiftiDataTypes.IsSupported(DataTypeCode)
        ? (NiftiDataType)DataTypeCode
        : throw new NotSupportedException(
            $"NIfTI datatype code {DataTypeCode} ({NiftiDataTypes.NameOfCode(DataTypeCode)}) is not supported; " +
            "supported: uint8, int8, int16, uint16, int32, uint32, int64, uint64, float32, float64.");

    /// <summary>Voxel counts along i, j, k (1 for axes the image does not have).</summary>
    public GridSize SpatialSize => new(SizeOf(1), SizeOf(2), SizeOf(3));

    /// <summary>How many 3D volumes the file holds: the product of dims 4 to 7.</summary>
    public long VolumeCount
    {
        get
        {
            var count = 1L;
            for (var axis = 4; axis <= Dim[0]; axis++)
            {
                count *= Dim[axis];
            }

            return count;
        }
    }

    /// <summary>The sizes of every axis the image has, e.g. [128, 96, 24, 2].</summary>
    public IReadOnlyList<long> Shape => Dim.Skip(1).Take((int)Dim[0]).ToArray();

    /// <summary>Whether the scaling fields change values: a slope of 0 or NaN (or infinity) means identity.</summary>
    public bool HasScaling => SclSlope != 0 && double.IsFinite(SclSlope);

    public double Qfac => PixDim[0] < 0 ? -1 : 1;

    public Vector3D VoxelSize => new(PixDim[1], PixDim[2], PixDim[3]);

    private int SizeOf(int axis) => axis <= Dim[0] ? checked((int)Dim[axis]) : 1;
}
