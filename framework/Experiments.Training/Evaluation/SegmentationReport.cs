namespace Experiments.Training.Evaluation;

/// <summary>Dice of every case and their mean.</summary>
public sealed record SegmentationReport(string Task, IReadOnlyDictionary<string, double> DicePerCase)
{
    public double MeanDice => DicePerCase.Count == 0 ? double.NaN : DicePerCase.Values.Average();
}
