using System.Globalization;
using Experiments.Runner.Prediction;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>One row per predicted scan: each case probability and each predicted volume.</summary>
public static class PredictionTable
{
    public static Table Of(IReadOnlyList<ScanPrediction> predictions)
    {
        var probabilities = predictions.SelectMany(p => p.Probabilities.Keys).Distinct().ToList();
        var volumes = predictions.SelectMany(p => p.VolumesMl.Keys).Distinct().ToList();
        var table = new Table().AddColumn("scan");
        probabilities.ForEach(task => table.AddColumn(new TableColumn($"{task} probability").RightAligned()));
        volumes.ForEach(task => table.AddColumn(new TableColumn($"{task} (mL)").RightAligned()));
        table.AddColumn(new TableColumn("brain (mL)").RightAligned());
        foreach (var prediction in predictions)
        {
            var cells = new List<string> { Markup.Escape(prediction.Input.Name) };
            cells.AddRange(probabilities.Select(task => Number(prediction.Probabilities, task, "F3")));
            cells.AddRange(volumes.Select(task => Number(prediction.VolumesMl, task, "F2")));
            cells.Add(prediction.BrainVolumeMl?.ToString("F0", CultureInfo.InvariantCulture) ?? "-");
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string Number(IReadOnlyDictionary<string, double> values, string key, string format) =>
        values.TryGetValue(key, out var value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
