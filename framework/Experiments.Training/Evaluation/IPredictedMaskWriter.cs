using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Saves a predicted mask so it opens over the original scan. The implementation inverts the
/// preprocessing resample (back to the scan's grid and geometry) and writes NIfTI; the trainer
/// only hands over the binary mask on the network's grid (depth, height, width; z slowest).
/// </summary>
public interface IPredictedMaskWriter
{
    /// <returns>The file written, reported as an artifact.</returns>
    string Write(TrainingSample sample, string task, byte[] mask);
}
