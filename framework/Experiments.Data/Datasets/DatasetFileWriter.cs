using System.Text.Json;

namespace Experiments.Data.Datasets;

/// <summary>
/// Writes a dataset file at <see cref="DatasetFile.FilePath"/>, with every path relative to the
/// file's folder (forward slashes) so the dataset can be moved as a whole. Output is byte-stable:
/// one order of keys, invariant number formatting, LF line ends.
/// </summary>
public static class DatasetFileWriter
{
    public static void Write(DatasetFile dataset)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataset.FilePath))!;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString(DatasetFields.Name, dataset.Name);
            json.WriteString(DatasetFields.Description, dataset.Description);
            foreach (var list in Enum.GetValues<DatasetListName>())
            {
                json.WriteStartArray(DatasetFields.ListKey(list));
                foreach (var item in dataset.List(list))
                {
                    WriteCase(json, item, folder);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(dataset.FilePath, stream.ToArray());
    }

    private static void WriteCase(Utf8JsonWriter json, DatasetCase item, string folder)
    {
        json.WriteStartObject();
        json.WriteString(DatasetFields.Id, item.Id);
        json.WriteString(DatasetFields.Image, Relative(folder, item.ImagePath));
        json.WriteString(DatasetFields.Hematoma, Relative(folder, item.HematomaPath));
        if (item.FollowupHematomaPath is not null)
        {
            json.WriteString(DatasetFields.FollowupHematoma, Relative(folder, item.FollowupHematomaPath));
        }

        json.WriteNumber(DatasetFields.Expansion, item.Expansion ? 1 : 0);
        if (item.Clinical.OnsetToCtHours is { } hours)
        {
            json.WriteNumber(DatasetFields.OnsetToCtHours, hours);
        }

        if (item.Clinical.Markers is { } markers)
        {
            WriteMarkers(json, markers);
        }

        json.WriteEndObject();
    }

    private static void WriteMarkers(Utf8JsonWriter json, NcctMarkers markers)
    {
        json.WriteStartObject(DatasetFields.Markers);
        json.WriteBoolean(DatasetFields.Hypodensity, markers.Hypodensity);
        json.WriteBoolean(DatasetFields.BlackHole, markers.BlackHole);
        json.WriteBoolean(DatasetFields.Swirl, markers.Swirl);
        json.WriteBoolean(DatasetFields.Blend, markers.Blend);
        json.WriteBoolean(DatasetFields.FluidLevel, markers.FluidLevel);
        json.WriteBoolean(DatasetFields.IrregularShape, markers.IrregularShape);
        json.WriteEndObject();
    }

    private static string Relative(string folder, string path) =>
        Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
}
