using System.Globalization;
using Spectre.Console;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>Prints an inspection report as tables for people.</summary>
public static class InspectionRenderer
{
    public static void Render(IAnsiConsole console, InspectionReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("field").AddColumn("value");
        Add(table, "path", report.Path);
        Add(table, "format", report.Format + (report.Datatype is null ? "" : $", {report.Datatype} on disk"));
        Add(table, "shape", string.Join(" x ", report.Shape));
        Add(table, "spacing (mm)", Numbers(report.Spacing));
        Add(table, "origin (mm, RAS+)", Numbers(report.Origin));
        Add(table, "orientation", report.Orientation);
        Add(table, "affine from", report.AffineSource);
        Add(table, "affine (RAS+)", string.Join("\n", report.Affine.Select(Numbers)));
        var s = report.Statistics;
        Add(table, "value range", $"{Number(s.Min)} to {Number(s.Max)}");
        Add(table, "mean / std", $"{Number(s.Mean)} / {Number(s.Std)}");
        Add(table, "non-zero voxels", $"{s.NonzeroCount} of {s.VoxelCount}");
        foreach (var (name, value) in report.Identifiers ?? new Dictionary<string, string>())
        {
            Add(table, name, value);
        }

        console.Write(table);
        if (report.SliceSpacing is { } spacing)
        {
            RenderSpacing(console, spacing);
        }

        foreach (var warning in report.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }
    }

    private static void RenderSpacing(IAnsiConsole console, SliceSpacingReport spacing)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("field").AddColumn("value");
        table.Title("slice spacing (from positions along the normal)");
        Add(table, "slices", spacing.Slices.ToString(CultureInfo.InvariantCulture));
        Add(table, "min / mean / max (mm)",
            $"{Number(spacing.MinMm)} / {Number(spacing.MeanMm)} / {Number(spacing.MaxMm)}");
        Add(table, "nominal (mm)", Number(spacing.NominalMm));
        Add(table, "gantry tilt (deg)", Number(spacing.TiltDegrees));
        Add(table, "corrections", spacing.Corrections.Count == 0 ? "none" : string.Join(", ", spacing.Corrections));
        foreach (var issue in spacing.Issues)
        {
            Add(table, "issue", issue);
        }

        foreach (var skipped in spacing.SkippedFiles)
        {
            Add(table, "skipped", skipped);
        }

        foreach (var other in spacing.OtherSeries)
        {
            Add(table, "other series", other);
        }

        console.Write(table);
    }

    private static void Add(Table table, string field, string value) =>
        table.AddRow(new Text(field), new Text(value));

    private static string Numbers(double[] values) => string.Join("  ", values.Select(Number));

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
