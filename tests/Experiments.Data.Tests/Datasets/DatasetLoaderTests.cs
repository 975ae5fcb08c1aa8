using Experiments.Data.Datasets;

namespace Experiments.Data.Tests.Datasets;

public class DatasetLoaderTests
{
    [Fact]
    public void Paths_are_resolved_relative_to_the_dataset_file()
    {
        using var folder = new DatasetFolder();
        var image = folder.Touch("data/ct/case1.nii.gz");
        var mask = folder.Touch("data/labels/case1.nii");
        var series = folder.Touch("data/dicom/case2/slice-0001.dcm");
        var path = folder.WriteDataset("sets/dataset.json", """
            {
              "name": "demo",
              "training": [
                { "id": "case1", "image": "../data/ct/case1.nii.gz", "hematoma": "../data/labels/case1.nii",
                  "expansion": 1, "onset_to_ct_hours": 1.5,
                  "markers": { "hypodensity": false, "black_hole": true, "swirl": false, "blend": true,
                               "fluid_level": false, "irregular_shape": false } }
              ],
              "test": [
                { "id": "case2", "image": "../data/dicom/case2", "hematoma": "../data/labels/case1.nii",
                  "expansion": 0 }
              ]
            }
            """);

        var dataset = DatasetLoader.Load(path);

        var first = Assert.Single(dataset.Training);
        Assert.Equal(image, first.ImagePath);
        Assert.Equal(mask, first.HematomaPath);
        Assert.True(first.Expansion);
        Assert.Equal(1.5, first.Clinical.OnsetToCtHours);
        Assert.Equal(new NcctMarkers(false, true, false, true, false, false), first.Clinical.Markers);
        var second = Assert.Single(dataset.Test);
        Assert.Equal(Path.GetDirectoryName(series), second.ImagePath);
        Assert.True(second.ImageIsDicomFolder);
        Assert.Equal(ClinicalFields.Unknown, second.Clinical);
        Assert.Empty(dataset.Validation);
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_with_its_list_case_and_field()
    {
        using var folder = new DatasetFolder();
        folder.Touch("ct/a.nii.gz");
        folder.Touch("labels/a.nii.gz");
        var path = folder.WriteDataset("dataset.json", """
            {
              "name": "broken",
              "trainning": [],
              "training": [
                { "id": "a", "image": "ct/a.nii.gz", "hematoma": "labels/missing.nii.gz", "expansion": 2 },
                { "id": "b", "image": "ct/a.nii.gz", "hematom": "labels/a.nii.gz", "expansion": 0,
                  "onset_to_ct_hours": -1 },
                { "id": "c", "image": "ct/a.png", "hematoma": "labels/a.nii.gz", "expansion": 1,
                  "markers": { "blend": "yes", "swirl": false } },
                17
              ],
              "validation": [
                { "id": "a", "image": "ct/a.nii.gz", "hematoma": "labels/a.nii.gz", "expansion": 0 }
              ]
            }
            """);

        var error = Assert.Throws<DatasetFileException>(() => DatasetLoader.Load(path));

        var problems = error.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith("trainning: unknown key; did you mean 'training'?"));
        Assert.Contains(problems, p => p.StartsWith("training[0] (id \"a\").hematoma: the file '") &&
                                      p.Contains("missing.nii.gz' does not exist"));
        Assert.Contains("training[0] (id \"a\").expansion: expected the label 0 or 1, found the number 2", problems);
        Assert.Contains(problems,
            p => p.StartsWith("training[1] (id \"b\").hematom: unknown key; did you mean 'hematoma'?"));
        Assert.Contains(problems, p => p.StartsWith("training[1] (id \"b\"): the case has no 'hematoma'"));
        Assert.Contains(problems, p => p.StartsWith("training[1] (id \"b\").onset_to_ct_hours: expected hours") &&
                                      p.EndsWith("found the number -1"));
        Assert.Contains(problems, p => p.StartsWith("training[2] (id \"c\").image: '") &&
                                      p.EndsWith("is not a DICOM series folder or a NIfTI file (.nii or .nii.gz)"));
        Assert.Contains(
            "training[2] (id \"c\").markers.blend: expected true or false, found the string \"yes\"", problems);
        Assert.Contains(problems, p => p.StartsWith("training[2] (id \"c\").markers: 'hypodensity' is missing"));
        Assert.Contains("training[3]: expected a case object, found the number 17", problems);
        Assert.Contains(problems,
            p => p.StartsWith("validation[0] (id \"a\").id: duplicate id; already used by training[0]"));
        Assert.Contains(error.FilePath, error.Message);
        Assert.Contains($"{problems.Count} problems", error.Message);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        using var folder = new DatasetFolder();
        var path = folder.WriteDataset("dataset.json", "{\n  \"name\": \"x\",\n  \"training\": [ { ]\n}");

        var error = Assert.Throws<DatasetFileException>(() => DatasetLoader.Load(path));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("line 3,", problem.Location);
        Assert.StartsWith("not valid JSON", problem.Message);
    }

    [Fact]
    public void Missing_name_and_training_list_are_both_reported()
    {
        using var folder = new DatasetFolder();
        var path = folder.WriteDataset("dataset.json", """{ "description": "nothing" }""");

        var error = Assert.Throws<DatasetFileException>(() => DatasetLoader.Load(path));

        Assert.Equal(
            ["(root): 'name' is missing; expected a string", "(root): 'training' is missing; expected a list of cases"],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_empty_dicom_folder_is_reported()
    {
        using var folder = new DatasetFolder();
        folder.Touch("labels/a.nii.gz");
        Directory.CreateDirectory(Path.Combine(folder.Root, "dicom", "a"));
        var path = folder.WriteDataset("dataset.json", """
            { "name": "x", "training": [ { "id": "a", "image": "dicom/a", "hematoma": "labels/a.nii.gz",
              "expansion": 0 } ] }
            """);

        var error = Assert.Throws<DatasetFileException>(() => DatasetLoader.Load(path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("training[0] (id \"a\").image", problem.Location);
        Assert.EndsWith("holds no files", problem.Message);
    }

    [Fact]
    public void A_missing_dataset_file_is_reported_by_path()
    {
        using var folder = new DatasetFolder();
        var path = Path.Combine(folder.Root, "absent.json");

        var error = Assert.Throws<DatasetFileException>(() => DatasetLoader.Load(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("the dataset file does not exist", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void Written_dataset_loads_back_with_the_same_cases()
    {
        using var folder = new DatasetFolder();
        var image = folder.Touch("images/a/slice-0001.dcm");
        var mask = folder.Touch("labels/a.nii.gz");
        var followup = folder.Touch("labels/a_24h.nii.gz");
        var markers = new NcctMarkers(true, false, true, false, true, false);
        var original = new DatasetFile(Path.Combine(folder.Root, "dataset.json"), "round-trip", "written by a test",
            [new DatasetCase("a", Path.GetDirectoryName(image)!, mask, followup, true, new(0.75, markers))],
            [], [new DatasetCase("b", Path.GetDirectoryName(image)!, mask, null, false, ClinicalFields.Unknown)]);

        DatasetFileWriter.Write(original);
        var loaded = DatasetLoader.Load(original.FilePath);

        Assert.Equal(original.Training, loaded.Training);
        Assert.Equal(original.Test, loaded.Test);
        Assert.Contains("\"image\": \"images/a\"", File.ReadAllText(original.FilePath));
    }
}
