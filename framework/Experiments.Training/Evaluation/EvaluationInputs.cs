using Experiments.Contracts.Models;
using Experiments.Training.Data;
using Experiments.Training.Loop;

namespace Experiments.Training.Evaluation;

/// <summary>
/// What <c>experiments evaluate</c> needs from an experiment file: the network as built for training
/// (weights come from the checkpoint), the tasks, the cases of the chosen set, and optionally the
/// baseline score and the writer of predicted masks in the original scan geometry.
/// </summary>
public sealed record EvaluationInputs(
    IMultiTaskNetwork Network, IReadOnlyList<TrainingTask> Tasks, ISampleSet Cases, string SetName)
{
    public double Threshold { get; init; } = 0.5;

    public DeviceChoice Device { get; init; } = DeviceChoice.Auto;

    public BaselineScores? Baseline { get; init; }

    public IPredictedMaskWriter? MaskWriter { get; init; }
}
