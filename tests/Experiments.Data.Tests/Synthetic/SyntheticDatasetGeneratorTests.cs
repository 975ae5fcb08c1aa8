using System.Security.Cryptography;
using Experiments.Data.Datasets;
using Experiments.Data.Labels;
using Experiments.Data.Synthetic;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Data.Tests.Synthetic;

public class SyntheticDatasetGeneratorTests
{
    [Fact]
    public void One_seed_gives_byte_identical_datasets()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        using var other = new TemporaryFolder();

        GeneratedDatasets.Generate(first.Path, cases: 3);
        GeneratedDatasets.Generate(second.Path, cases: 3);
        GeneratedDatasets.Generate(other.Path, cases: 3, seed: 7);

        var hashes = HashAll(first.Path);
        Assert.True(hashes.Count > 3 * (26 + 2), $"only {hashes.Count} files");
        Assert.Equal(hashes, HashAll(second.Path));
        Assert.NotEqual(hashes[Path.Combine("images", "synth-0001", "slice-0001.dcm")],
            HashAll(other.Path).GetValueOrDefault(Path.Combine("images", "synth-0001", "slice-0001.dcm")));
    }

    [Fact]
    public void Written_dataset_validates_and_its_labels_match_its_masks()
    {
        using var folder = new TemporaryFolder();
        GeneratedDatasets.Generate(folder.Path, cases: 7);

        var dataset = DatasetLoader.Load(Path.Combine(folder.Path, "dataset.json"));
        var calculator = new ExpansionLabelCalculator(new NiftiReader());

        Assert.Equal((5, 1, 1), (dataset.Training.Count, dataset.Validation.Count, dataset.Test.Count));
        foreach (var item in dataset.AllCases)
        {
            var row = calculator.Compute(new(item.Id, item.HematomaPath, item.FollowupHematomaPath!, item.Expansion));
            Assert.False(row.DisagreesWithRecord, item.Id);
            Assert.True(item.ImageIsDicomFolder);
            Assert.NotNull(item.Clinical.Markers);
            Assert.Equal(GeneratedDatasets.SpecOf(item).Markers, item.Clinical.Markers);
        }
    }

    [Fact]
    public void Masks_are_uint8_nifti_on_the_image_grid()
    {
        using var folder = new TemporaryFolder();
        var item = GeneratedDatasets.Generate(folder.Path, cases: 1).Training[0];

        var mask = new NiftiReader().Read(item.HematomaPath);
        var spec = GeneratedDatasets.SpecOf(item);

        Assert.Equal(NiftiDataType.UInt8, mask.Header.DataType);
        Assert.Equal(spec.Acquisition.Size, mask.Size);
        Assert.True(mask.Geometry.MaxAffineDifference(spec.Acquisition.Geometry) < 1e-4);
        Assert.Equal(SyntheticCaseRenderer.Render(spec).Hematoma.Voxels, mask.GetVolume().Voxels);
    }

    [Fact]
    public void A_folder_with_files_is_refused()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("old.txt"), "earlier output");

        var error = Assert.Throws<IOException>(() => GeneratedDatasets.Generate(folder.Path, cases: 1));

        Assert.Contains("is not empty", error.Message);
    }

    private static Dictionary<string, string> HashAll(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(root, path),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
}
