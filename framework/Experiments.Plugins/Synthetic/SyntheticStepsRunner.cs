using Experiments.Contracts.Events;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging.Geometry;
using Experiments.Plugins.Hosting;
using Microsoft.Extensions.Logging;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Plugins.Synthetic;

/// <summary>
/// Checks that an experiment's components work together before real data exists: builds the
/// network, then takes a few optimisation steps on one seeded random input and random targets,
/// through the experiment's loss weighting and optimiser learning rate. Runs on the CPU. The input
/// grid is the preprocessing's output grid when the steps fix it, else <paramref name="fallbackSize"/>.
/// </summary>
public sealed class SyntheticStepsRunner(ILogger<SyntheticStepsRunner> logger, int steps, GridSize fallbackSize)
    : IExperimentRunner
{
    public const string LossMetric = "loss";

    public Task RunAsync(PreparedExperiment experiment, ITrainingObserver observer, CancellationToken cancellationToken)
    {
        var config = experiment.Experiment.Config;
        var components = experiment.Components;
        torch.manual_seed(config.Seed);
        observer.Observe(new RunStarted(config.Name, experiment.Experiment.ToParameters(), components.Versions));

        var size = InputSize(experiment);
        logger.LogInformation(
            "Taking {Steps} synthetic step(s) on random {Size} inputs (no trainer installed)", steps, size);
        var network = components.Architecture.Build(inputChannels: 1);
        var parameters = network.Module.parameters().Concat(components.LossWeighting.Parameters).ToList();
        using var optimizer = optim.Adam(parameters, config.Optimizer.LearningRate);
        using var input = rand([1, 1, size.Z, size.Y, size.X]);
        var targets = new Dictionary<string, Tensor>();
        try
        {
            for (var step = 1; step <= steps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var metrics = Step(experiment, network, optimizer, input, targets, step);
                observer.Observe(new StepCompleted(step, 0, metrics));
                logger.LogInformation(
                    "Synthetic step {Step}/{Steps}: loss {Loss:F5}", step, steps, metrics[LossMetric]);
            }
        }
        finally
        {
            targets.Values.ToList().ForEach(target => target.Dispose());
        }

        observer.Observe(new RunEnded(RunOutcome.Finished));
        return Task.CompletedTask;
    }

    private static Dictionary<string, double> Step(
        PreparedExperiment experiment, IMultiTaskNetwork network, optim.Optimizer optimizer, Tensor input,
        Dictionary<string, Tensor> targets, int step)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        using var outputs = network.Module.forward(input);
        var taskLosses = experiment.Experiment.Config.Tasks.ToDictionary(
            task => task.Key,
            task => TaskLossFunctions.Compute(
                task.Value.Loss, outputs[task.Key], TargetFor(outputs[task.Key], task.Key, targets)));
        var weighting = experiment.Components.LossWeighting;
        var loss = weighting.Combine(taskLosses, new WeightingStep(0, step, network.SharedParameters));
        loss.backward();
        optimizer.step();

        var metrics = taskLosses.ToDictionary(
            pair => $"{LossMetric}.{pair.Key}", pair => (double)pair.Value.item<float>());
        metrics[LossMetric] = loss.item<float>();
        return metrics;
    }

    private GridSize InputSize(PreparedExperiment experiment)
    {
        var targets = experiment.Experiment.Config.Tasks.Values.Select(task => task.Target);
        var shape = experiment.Components.Preprocessors.Aggregate(
            PipelineShape.Raw(targets), (current, step) => step.DescribeOutput(current));
        return shape.Size ?? fallbackSize;
    }

    /// <summary>One fixed random 0/1 target per task, shaped like its output, kept across steps.</summary>
    private static Tensor TargetFor(Tensor output, string task, Dictionary<string, Tensor> targets)
    {
        if (!targets.TryGetValue(task, out var target))
        {
            target = (rand(output.shape) > 0.5).to_type(ScalarType.Float32).MoveToOuterDisposeScope();
            targets[task] = target;
        }

        return target;
    }
}
