using System.Globalization;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>Finds what keeps a slice stack from being a regular orthogonal grid.</summary>
public static class SliceStackInspector
{
    public static List<SeriesIssue> Inspect(SliceStack stack, DicomSeriesOptions options)
    {
        var issues = new List<SeriesIssue>();
        if (stack.Slices.Count == 1)
        {
            issues.Add(new SeriesIssue(SeriesIssueKind.SingleSlice,
                "the series has a single slice; its slice spacing is unknown and set to 1 mm", [stack.First.Path]));
            return issues;
        }

        if (string.IsNullOrEmpty(stack.First.SeriesInstanceUid))
        {
            issues.Add(new SeriesIssue(SeriesIssueKind.MissingSeriesInstanceUid,
                "the slices carry no Series Instance UID; they were grouped by orientation and size only", []));
        }

        InspectGaps(stack, options, issues);
        if (stack.TiltDegrees > options.TiltToleranceDegrees)
        {
            issues.Add(new SeriesIssue(SeriesIssueKind.GantryTilt, Invariant(
                $"gantry tilt: the slice stack runs {stack.TiltDegrees:F2} degrees off the slice normal"),
                [stack.First.Path, stack.Last.Path]));
        }

        return issues;
    }

    private static void InspectGaps(SliceStack stack, DicomSeriesOptions options, List<SeriesIssue> issues)
    {
        var nominal = stack.NominalSpacing;
        for (var n = 0; n < stack.Gaps.Count; n++)
        {
            var gap = stack.Gaps[n];
            string[] files = [stack.Slices[n].Path, stack.Slices[n + 1].Path];
            if (gap < options.DuplicateToleranceMm)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.DuplicatePosition, Invariant(
                    $"two slices share the position {stack.PositionsAlongNormal[n]:F3} mm along the normal"), files));
                continue;
            }

            if (Math.Abs(gap - nominal) <= options.SpacingToleranceMm)
            {
                continue;
            }

            var multiple = Math.Round(gap / nominal);
            if (multiple >= 2 && Math.Abs(gap - multiple * nominal) <= options.SpacingToleranceMm * multiple)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.MissingSlices, Invariant(
                    $"{multiple - 1:F0} slice(s) missing: a gap of {gap:F3} mm where the spacing is {nominal:F3} mm"),
                    files));
            }
            else
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.UnevenSpacing, Invariant(
                    $"uneven spacing: a gap of {gap:F3} mm where the most common spacing is {nominal:F3} mm"), files));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
