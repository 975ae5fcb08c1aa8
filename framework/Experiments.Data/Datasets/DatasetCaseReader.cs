using System.Text.Json;

namespace Experiments.Data.Datasets;

/// <summary>
/// Reads one case object of a dataset file, adding every problem it finds to a shared list rather
/// than stopping at the first, so a user sees all mistakes of a file at once.
/// </summary>
internal sealed class DatasetCaseReader(string folder, List<DatasetProblem> problems)
{
    private static readonly string[] NiftiEndings = [".nii", ".nii.gz"];

    public DatasetCase? Read(JsonElement element, string listLocation)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(listLocation, $"expected a case object, found {JsonKinds.Describe(element)}"));
            return null;
        }

        var id = ReadId(element, listLocation);
        var location = id is null ? listLocation : $"{listLocation} (id \"{id}\")";
        var before = problems.Count;
        ReportUnknownKeys(element, location, DatasetFields.CaseKeys);

        var image = ReadImagePath(element, location);
        var hematoma = ReadNiftiPath(element, DatasetFields.Hematoma, location, required: true);
        var followup = ReadNiftiPath(element, DatasetFields.FollowupHematoma, location, required: false);
        var expansion = ReadExpansion(element, location);
        var clinical = new ClinicalFields(ReadOnset(element, location), ReadMarkers(element, location));

        var complete = problems.Count == before && id is not null && image is not null && hematoma is not null;
        return complete ? new DatasetCase(id!, image!, hematoma!, followup, expansion, clinical) : null;
    }

    private string? ReadId(JsonElement element, string location)
    {
        if (!element.TryGetProperty(DatasetFields.Id, out var value))
        {
            problems.Add(new(location, "the case has no 'id'; expected a non-empty string naming the case"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new($"{location}.{DatasetFields.Id}",
                $"expected a non-empty string, found {JsonKinds.Describe(value)}"));
            return null;
        }

        return value.GetString();
    }

    private string? ReadImagePath(JsonElement element, string location)
    {
        var path = ReadPathString(element, DatasetFields.Image, location, required: true);
        if (path is null)
        {
            return null;
        }

        var field = $"{location}.{DatasetFields.Image}";
        if (Directory.Exists(path))
        {
            if (!Directory.EnumerateFiles(path).Any())
            {
                problems.Add(new(field, $"the DICOM folder '{path}' holds no files"));
            }

            return path;
        }

        return CheckNiftiFile(path, field, "a DICOM series folder or a NIfTI file (.nii or .nii.gz)");
    }

    private string? ReadNiftiPath(JsonElement element, string key, string location, bool required)
    {
        var path = ReadPathString(element, key, location, required);
        return path is null ? null : CheckNiftiFile(path, $"{location}.{key}", "a NIfTI mask (.nii or .nii.gz)");
    }

    private string? CheckNiftiFile(string path, string field, string expected)
    {
        if (!NiftiEndings.Any(ending => path.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new(field, $"'{path}' is not {expected}"));
            return null;
        }

        if (!File.Exists(path))
        {
            problems.Add(new(field, $"the file '{path}' does not exist (paths are relative to the dataset file)"));
            return null;
        }

        return path;
    }

    private string? ReadPathString(JsonElement element, string key, string location, bool required)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            if (required)
            {
                problems.Add(new(location, $"the case has no '{key}'; expected a path relative to the dataset file"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new($"{location}.{key}", $"expected a path as a string, found {JsonKinds.Describe(value)}"));
            return null;
        }

        return Path.GetFullPath(Path.Combine(folder, value.GetString()!));
    }

    private bool ReadExpansion(JsonElement element, string location)
    {
        if (!element.TryGetProperty(DatasetFields.Expansion, out var value))
        {
            problems.Add(new(location, "the case has no 'expansion'; expected the label 0 or 1"));
            return false;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var label) && label is 0 or 1)
        {
            return label == 1;
        }

        problems.Add(new($"{location}.{DatasetFields.Expansion}",
            $"expected the label 0 or 1, found {JsonKinds.Describe(value)}"));
        return false;
    }

    private double? ReadOnset(JsonElement element, string location)
    {
        if (!element.TryGetProperty(DatasetFields.OnsetToCtHours, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.GetDouble() is var hours && hours >= 0 &&
            double.IsFinite(hours))
        {
            return hours;
        }

        problems.Add(new($"{location}.{DatasetFields.OnsetToCtHours}",
            $"expected hours from symptom onset to CT as a number >= 0, found {JsonKinds.Describe(value)}"));
        return null;
    }

    private NcctMarkers? ReadMarkers(JsonElement element, string location)
    {
        if (!element.TryGetProperty(DatasetFields.Markers, out var value))
        {
            return null;
        }

        var field = $"{location}.{DatasetFields.Markers}";
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(field, $"expected an object of six booleans, found {JsonKinds.Describe(value)}"));
            return null;
        }

        ReportUnknownKeys(value, field, DatasetFields.MarkerKeys);
        var flags = DatasetFields.MarkerKeys.Select(key => ReadMarker(value, key, field)).ToArray();
        return flags.Any(flag => flag is null)
            ? null
            : new NcctMarkers(flags[0]!.Value, flags[1]!.Value, flags[2]!.Value,
                flags[3]!.Value, flags[4]!.Value, flags[5]!.Value);
    }

    private bool? ReadMarker(JsonElement markers, string key, string location)
    {
        if (!markers.TryGetProperty(key, out var value))
        {
            problems.Add(new(location, $"'{key}' is missing; markers need all of: " +
                                       string.Join(", ", DatasetFields.MarkerKeys)));
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add(new($"{location}.{key}", $"expected true or false, found {JsonKinds.Describe(value)}"));
        return null;
    }

    private void ReportUnknownKeys(JsonElement element, string location, IReadOnlyList<string> valid)
    {
        foreach (var property in element.EnumerateObject().Where(property => !valid.Contains(property.Name)))
        {
            problems.Add(new($"{location}.{property.Name}",
                $"unknown key; {UnknownKeyHint.For(property.Name, valid)}"));
        }
    }
}
