using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema;

/// <summary>
/// k-fold cross-validation over the dataset's training list: fold <see cref="Index"/> validates,
/// the others train. A sweep's <c>folds:</c> dimension sets these.
/// </summary>
public sealed class FoldsConfig : IValidatableObject
{
    [Description("Number of folds the training list is split into (stratified by label).")]
    [Range(2, 1000)]
    public int Count { get; set; } = 5;

    [Description("The fold used for validation, from 0 to count - 1.")]
    [Range(0, 999)]
    public int Index { get; set; }

    [Description("Seed of the split; the same seed gives the same folds.")]
    public int Seed { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Index >= Count)
        {
            yield return new ValidationResult(
                $"folds.index must be below folds.count ({Count}); found {Index}", [nameof(Index)]);
        }
    }
}
