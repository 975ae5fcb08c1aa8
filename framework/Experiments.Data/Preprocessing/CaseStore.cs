using System.Runtime.InteropServices;
using System.Text.Json;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// Preprocessed cases on disk, one folder per cache key: <c>case.json</c> (id, grid size, geometry,
/// mask names), <c>image.f32</c> (little-endian float32 voxels, x fastest) and one
/// <c>mask-N.u8</c> per mask (one byte per voxel). A folder is written under a temporary name and
/// renamed into place, so a folder that exists is complete.
/// </summary>
public sealed class CaseStore(string root)
{
    private const int FormatVersion = 1;

    public string Root { get; } = root;

    public bool Contains(string key) => File.Exists(Path.Combine(Folder(key), "case.json"));

    public void Save(string key, ImagingCase imagingCase)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, ".tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temporary);
        try
        {
            var names = imagingCase.Masks.Keys.Order(StringComparer.Ordinal).ToArray();
            WriteFloats(Path.Combine(temporary, "image.f32"), imagingCase.Image.Voxels);
            for (var m = 0; m < names.Length; m++)
            {
                WriteMask(Path.Combine(temporary, $"mask-{m}.u8"), imagingCase.Masks[names[m]].Voxels);
            }

            var header = new StoredCase(FormatVersion, imagingCase.Id, Header(imagingCase.Image), names);
            File.WriteAllText(Path.Combine(temporary, "case.json"), JsonSerializer.Serialize(header));
            Directory.Move(temporary, Folder(key));
        }
        catch (IOException) when (Contains(key))
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    public ImagingCase Load(string key)
    {
        var folder = Folder(key);
        var header = JsonSerializer.Deserialize<StoredCase>(File.ReadAllText(Path.Combine(folder, "case.json")))
                     ?? throw new InvalidDataException($"Cache entry {folder} has an empty case.json.");
        if (header.Format != FormatVersion)
        {
            throw new InvalidDataException(
                $"Cache entry {folder} has format {header.Format}, this version reads {FormatVersion}; clear the cache.");
        }

        var (size, geometry) = header.Grid.ToGrid();
        var image = new Volume(size, geometry, ReadFloats(Path.Combine(folder, "image.f32"), size));
        var masks = new Dictionary<string, Volume>();
        for (var m = 0; m < header.Masks.Length; m++)
        {
            masks[header.Masks[m]] = new Volume(size, geometry, ReadMask(Path.Combine(folder, $"mask-{m}.u8"), size));
        }

        return new ImagingCase(header.Id, image, masks);
    }

    private string Folder(string key) => Path.Combine(Root, key);

    private static StoredGrid Header(Volume image)
    {
        var g = image.Geometry;
        static double[] V(Vector3D v) => [v.X, v.Y, v.Z];
        return new StoredGrid([image.Size.X, image.Size.Y, image.Size.Z],
            V(g.Spacing), V(g.Origin), V(g.AxisI), V(g.AxisJ), V(g.AxisK));
    }

    private static void WriteFloats(string path, float[] voxels)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write(MemoryMarshal.AsBytes(voxels.AsSpan()));
    }

    private static void WriteMask(string path, float[] voxels)
    {
        var bytes = new byte[voxels.Length];
        for (var n = 0; n < voxels.Length; n++)
        {
            bytes[n] = voxels[n] > 0.5f ? (byte)1 : (byte)0;
        }

        File.WriteAllBytes(path, bytes);
    }

    private static float[] ReadFloats(string path, GridSize size)
    {
        var voxels = new float[size.VoxelCount];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        stream.ReadExactly(MemoryMarshal.AsBytes(voxels.AsSpan()));
        return voxels;
    }

    private static float[] ReadMask(string path, GridSize size)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.LongLength != size.VoxelCount)
        {
            throw new InvalidDataException($"Cache file {path} holds {bytes.Length} voxels, expected {size.VoxelCount}.");
        }

        var voxels = new float[bytes.Length];
        for (var n = 0; n < bytes.Length; n++)
        {
            voxels[n] = bytes[n];
        }

        return voxels;
    }

    private sealed record StoredCase(int Format, string Id, StoredGrid Grid, string[] Masks);

    private sealed record StoredGrid(int[] Size, double[] Spacing, double[] Origin, double[] AxisI, double[] AxisJ,
        double[] AxisK)
    {
        public (GridSize, VolumeGeometry) ToGrid()
        {
            static Vector3D V(double[] v) => new(v[0], v[1], v[2]);
            return (new GridSize(Size[0], Size[1], Size[2]),
                new VolumeGeometry(V(Spacing), V(Origin), V(AxisI), V(AxisJ), V(AxisK)));
        }
    }
}
