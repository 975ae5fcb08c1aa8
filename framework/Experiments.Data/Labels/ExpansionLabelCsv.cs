using System.Globalization;
using System.Text;

namespace Experiments.Data.Labels;

/// <summary>
/// Writes labelled cases as CSV: id, volumes in mL, growth in mL and percent, the computed label
/// (0/1) and, for dataset input, the label the dataset records (empty otherwise).
/// </summary>
public static class ExpansionLabelCsv
{
    public const string Header =
        "id,baseline_ml,followup_ml,growth_ml,growth_percent,expansion,dataset_expansion";

    public static void Write(string path, IEnumerable<ExpansionLabelRow> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            var a = row.Assessment;
            var recorded = row.RecordedLabel is { } label ? (label ? "1" : "0") : "";
            text.Append(CultureInfo.InvariantCulture,
                $"{Quote(row.Id)},{a.BaselineMl:F4},{a.FollowupMl:F4},{a.GrowthMl:F4},{a.RelativeGrowth * 100:F2}," +
                $"{(a.Expansion ? 1 : 0)},{recorded}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
