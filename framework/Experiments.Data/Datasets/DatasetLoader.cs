using System.Text.Json;

namespace Experiments.Data.Datasets;

/// <summary>
/// Loads and validates a dataset file. Every problem of the file (wrong types, unknown keys,
/// missing files, duplicate ids) is collected and thrown together in one
/// <see cref="DatasetFileException"/>.
/// </summary>
public static class DatasetLoader
{
    public static DatasetFile Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new DatasetFileException(fullPath, [new("(file)", "the dataset file does not exist")]);
        }

        using var document = Parse(fullPath);
        var problems = new List<DatasetProblem>();
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("(root)", $"expected an object with '{DatasetFields.Name}' and " +
                                       $"'{DatasetFields.Training}', found {JsonKinds.Describe(root)}"));
            throw new DatasetFileException(fullPath, problems);
        }

        var file = Read(root, fullPath, problems);
        ReportDuplicateIds(root, problems);
        return problems.Count == 0 ? file : throw new DatasetFileException(fullPath, problems);
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            var where = $"line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}";
            throw new DatasetFileException(path, [new(where, "not valid JSON: " + exception.Message)]);
        }
    }

    private static DatasetFile Read(JsonElement root, string path, List<DatasetProblem> problems)
    {
        foreach (var property in root.EnumerateObject().Where(p => !DatasetFields.RootKeys.Contains(p.Name)))
        {
            var hint = UnknownKeyHint.For(property.Name, DatasetFields.RootKeys);
            problems.Add(new(property.Name, $"unknown key; {hint}"));
        }

        var name = ReadString(root, DatasetFields.Name, required: true, problems);
        var description = ReadString(root, DatasetFields.Description, required: false, problems);
        var reader = new DatasetCaseReader(Path.GetDirectoryName(path)!, problems);
        return new DatasetFile(
            path,
            name,
            description,
            ReadList(root, DatasetListName.Training, reader, problems),
            ReadList(root, DatasetListName.Validation, reader, problems),
            ReadList(root, DatasetListName.Test, reader, problems));
    }

    private static string ReadString(JsonElement root, string key, bool required, List<DatasetProblem> problems)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            if (required)
            {
                problems.Add(new("(root)", $"'{key}' is missing; expected a string"));
            }

            return "";
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        problems.Add(new(key, $"expected a string, found {JsonKinds.Describe(value)}"));
        return "";
    }

    private static IReadOnlyList<DatasetCase> ReadList(
        JsonElement root, DatasetListName list, DatasetCaseReader reader, List<DatasetProblem> problems)
    {
        var key = DatasetFields.ListKey(list);
        if (!root.TryGetProperty(key, out var value))
        {
            if (list == DatasetListName.Training)
            {
                problems.Add(new("(root)", $"'{key}' is missing; expected a list of cases"));
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(key, $"expected a list of cases, found {JsonKinds.Describe(value)}"));
            return [];
        }

        if (list == DatasetListName.Training && value.GetArrayLength() == 0)
        {
            problems.Add(new(key, "the training list is empty; expected at least one case"));
        }

        return value.EnumerateArray()
            .Select((element, index) => reader.Read(element, $"{key}[{index}]"))
            .OfType<DatasetCase>()
            .ToList();
    }

    private static void ReportDuplicateIds(JsonElement root, List<DatasetProblem> problems)
    {
        var firstUse = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in Enum.GetValues<DatasetListName>())
        {
            var key = DatasetFields.ListKey(list);
            if (!root.TryGetProperty(key, out var cases) || cases.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var element in cases.EnumerateArray())
            {
                var location = $"{key}[{index++}]";
                if (element.ValueKind != JsonValueKind.Object ||
                    !element.TryGetProperty(DatasetFields.Id, out var id) || id.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (!firstUse.TryAdd(id.GetString()!, location))
                {
                    problems.Add(new($"{location} (id \"{id.GetString()}\").{DatasetFields.Id}",
                        $"duplicate id; already used by {firstUse[id.GetString()!]}; " +
                        "expected ids unique across lists"));
                }
            }
        }
    }
}
