using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Models;
using Experiments.Training.Data;
using Experiments.Training.Loop;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Training.Evaluation;

/// <summary>Runs the network in evaluation mode over a set, one case at a time, without gradients.</summary>
public sealed class Predictor(nn.Module<Tensor, TaskOutputs> model, IReadOnlyList<TrainingTask> tasks, Device device)
{
    private readonly BatchCollator _collator = new(tasks, device);

    public IEnumerable<CasePrediction> Predict(ISampleSet samples)
    {
        var wasTraining = model.training;
        model.eval();
        try
        {
            for (var i = 0; i < samples.Count; i++)
            {
                yield return PredictOne(samples.Get(i));
            }
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    private CasePrediction PredictOne(TrainingSample sample)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using var batch = _collator.Collate([sample]);
        using var outputs = model.forward(batch.Image);
        var masks = new Dictionary<string, float[]>();
        var cases = new Dictionary<string, double>();
        var losses = new Dictionary<string, double>();
        foreach (var task in tasks)
        {
            var logits = outputs[task.Name];
            losses[task.Name] = task.Loss(logits, batch.Targets[task.Name]).item<float>();
            var probabilities = sigmoid(logits).cpu();
            if (task.Target == TaskTarget.Mask)
            {
                masks[task.Name] = probabilities.data<float>().ToArray();
            }
            else
            {
                cases[task.Name] = probabilities.item<float>();
            }
        }

        return new CasePrediction(sample, masks, cases, losses);
    }
}
