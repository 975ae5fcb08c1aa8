using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace RandomFlipPlugin;

/// <summary>
/// The YAML options of <c>random-flip</c>. The host checks the attributes and <see cref="Validate"/>
/// when it binds them, so a mistake is reported with its file, line and YAML path.
/// </summary>
public sealed class RandomFlipOptions : IValidatableObject
{
    [Description("Axes to mirror, each decided on its own: left-right (x), anterior-posterior (y), " +
                 "superior-inferior (z).")]
    [MinLength(1)]
    public List<FlipAxis> Axes { get; set; } = [FlipAxis.LeftRight];

    [Description("Chance that each listed axis is mirrored in a variant: 0 never, 1 always.")]
    [Range(0.0, 1.0)]
    public double Probability { get; set; } = 0.5;

    [Description("Random variants of each case per epoch.")]
    [Range(1, 1000)]
    public int Multiplier { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var repeated = Axes.GroupBy(axis => axis).Where(group => group.Count() > 1).Select(group => group.Key);
        foreach (var axis in repeated)
        {
            yield return new ValidationResult(
                $"axes lists {YamlName(axis)} more than once; expected each axis at most once", [nameof(Axes)]);
        }
    }

    private static string YamlName(FlipAxis axis) => axis switch
    {
        FlipAxis.LeftRight => "left-right",
        FlipAxis.AnteriorPosterior => "anterior-posterior",
        _ => "superior-inferior",
    };
}
