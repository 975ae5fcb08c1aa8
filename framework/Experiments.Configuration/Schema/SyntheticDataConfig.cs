using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema;

/// <summary>
/// A synthetic head-CT dataset to write when <c>data.dataset</c> does not exist yet, so a first
/// run needs no data of one's own. The dataset file's folder receives the cases.
/// </summary>
public sealed class SyntheticDataConfig : IValidatableObject
{
    [Description("Number of synthetic cases (split into training, validation and test by the fractions).")]
    [Range(3, 10_000)]
    public int Cases { get; set; } = 24;

    [Description("Seed of the generator; one seed gives byte-identical datasets.")]
    public int Seed { get; set; } = 1;

    [Description("In-plane matrix of the DICOM slices (the paper's scanners: 512; 128 is quick).")]
    [Range(32, 1024)]
    public int Matrix { get; set; } = 512;

    [Description("Share of each class (expansion or not) listed for validation.")]
    [Range(0.0, 0.95)]
    public double ValidationFraction { get; set; } = 0.15;

    [Description("Share of each class (expansion or not) listed for testing.")]
    [Range(0.0, 0.95)]
    public double TestFraction { get; set; } = 0.15;

    [Description("Log-odds of expansion at BAT score 0 and a 14 mL hematoma (-2.4: a prevalence near a quarter).")]
    [Range(-10.0, 10.0)]
    public double RiskIntercept { get; set; } = -2.4;

    [Description("Log-odds of expansion added per doubling of the baseline hematoma volume (over 14 mL), " +
                 "besides the BAT score's markers; 0: the markers and onset time alone.")]
    [Range(0.0, 10.0)]
    public double RiskPerVolumeDoubling { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ValidationFraction + TestFraction >= 1)
        {
            yield return new ValidationResult(
                $"validation_fraction + test_fraction must leave cases for training (sum below 1); found " +
                $"{ValidationFraction} + {TestFraction}",
                [nameof(ValidationFraction)]);
        }
    }
}
