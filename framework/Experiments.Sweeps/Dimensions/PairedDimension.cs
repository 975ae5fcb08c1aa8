using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>
/// Lists of equal length zipped together: the i-th trial takes the i-th value of every key
/// (e.g. each learning-rate schedule with its own learning rate).
/// </summary>
public sealed class PairedDimension(IReadOnlyList<IReadOnlyList<SettingOverride>> columns) : ISweepDimension
{
    public IReadOnlyList<TrialPart> Expand()
    {
        var length = columns[0].Count;
        return Enumerable.Range(0, length)
            .Select(row => columns.Select(column => column[row]).ToList())
            .Select(values => new TrialPart(string.Join(",", values.Select(TrialLabels.For)), values))
            .ToList();
    }
}
