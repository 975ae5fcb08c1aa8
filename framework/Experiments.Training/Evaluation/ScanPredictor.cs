using Experiments.Contracts.Models;
using Experiments.Training.Loop;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Runs the network in evaluation mode on one preprocessed scan that has no labels: what
/// <c>experiments predict</c> does with a scan from outside the dataset.
/// </summary>
public sealed class ScanPredictor(
    nn.Module<Tensor, TaskOutputs> model, IReadOnlyList<TrainingTask> tasks, Device device)
{
    /// <param name="voxels">The preprocessed image, x fastest, then y, then z.</param>
    public ScanOutputs Predict(float[] voxels, int depth, int height, int width)
    {
        if (voxels.Length != depth * height * width)
        {
            throw new ArgumentException(
                $"The image holds {voxels.Length} values, not {depth} x {height} x {width}.", nameof(voxels));
        }

        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            using var image = tensor(voxels, [1, 1, depth, height, width], device: device);
            using var outputs = model.forward(image);
            var masks = new Dictionary<string, float[]>();
            var cases = new Dictionary<string, double>();
            foreach (var task in tasks)
            {
                var probabilities = sigmoid(outputs[task.Name]).cpu();
                if (task.Target == TaskTarget.Mask)
                {
                    masks[task.Name] = probabilities.data<float>().ToArray();
                }
                else
                {
                    cases[task.Name] = probabilities.item<float>();
                }
            }

            return new ScanOutputs(masks, cases);
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
