namespace Experiments.Data.Synthetic;

/// <summary>
/// What to generate. <see cref="Matrix"/> is the in-plane size: 512 is the paper's acquisition;
/// a small matrix (for example 128) keeps the field of view and makes fast test data.
/// </summary>
public sealed record SyntheticDatasetOptions(string OutputFolder, int Cases, ulong Seed, int Matrix = 512)
{
    public const int MinMatrix = 32;
    public const int MaxMatrix = 1024;

    public double ValidationFraction { get; init; } = 0.15;

    public double TestFraction { get; init; } = 0.15;

    public ExpansionRiskModel Risk { get; init; } = new();

    /// <summary>Cases rendered at once; each holds three volumes of the full grid in memory.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public void Validate()
    {
        if (Cases < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Cases), Cases, "Generate at least one case.");
        }

        if (Matrix is < MinMatrix or > MaxMatrix)
        {
            throw new ArgumentOutOfRangeException(nameof(Matrix), Matrix,
                $"The in-plane matrix must be between {MinMatrix} and {MaxMatrix} (the paper's is 512).");
        }

        if (ValidationFraction < 0 || TestFraction < 0 || ValidationFraction + TestFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction + TestFraction,
                "Validation and test fractions must be >= 0 and leave cases for training (sum below 1).");
        }
    }
}
