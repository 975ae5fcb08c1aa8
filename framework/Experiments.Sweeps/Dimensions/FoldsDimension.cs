using Experiments.Configuration.Documents;
using System.Globalization;
using Experiments.Sweeps.Definition;
using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>
/// k-fold cross-validation as a dimension: trial i trains on every fold but i and validates on
/// fold i, with the folds drawn from the dataset's training list by one seed.
/// </summary>
public sealed class FoldsDimension(int count, int seed, SourceLocation location) : ISweepDimension
{
    public const string CountKey = "data.folds.count";
    public const string IndexKey = "data.folds.index";
    public const string SeedKey = "data.folds.seed";

    public IReadOnlyList<TrialPart> Expand() =>
        Enumerable.Range(0, count)
            .Select(index => new TrialPart(
                $"fold={index}",
                [
                    new SettingOverride(CountKey, count.ToString(CultureInfo.InvariantCulture), location),
                    new SettingOverride(IndexKey, index.ToString(CultureInfo.InvariantCulture), location),
                    new SettingOverride(SeedKey, seed.ToString(CultureInfo.InvariantCulture), location),
                ]))
            .ToList();
}
