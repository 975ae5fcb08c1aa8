namespace Experiments.Training.Evaluation;

/// <summary>
/// A clinical score per case (the BAT score from the dataset's clinical fields), in the order of the
/// evaluated set, compared with the network's <see cref="Task"/> probabilities by AUC.
/// </summary>
public sealed record BaselineScores(string Task, string Name, IReadOnlyList<double> Scores);
