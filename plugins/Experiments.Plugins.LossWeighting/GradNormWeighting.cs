using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.LossWeighting;

/// <summary>
/// GradNorm (Chen et al. 2018): learned task weights w_i, renormalised to sum to the task count
/// before each step, trained so that each weighted task's gradient norm on the shared layer,
/// G_i = w_i |grad L_i|, approaches mean(G) r_i^alpha, where r_i is the task's loss relative to its
/// first-step loss, over the mean of those ratios. The network itself is trained on sum(w_i L_i)
/// with the weights held constant; the balancing term reaches only the weights.
/// </summary>
[Component(ComponentKind.LossWeighting, "gradnorm", Description = "Gradient normalisation (Chen et al. 2018).")]
public sealed class GradNormWeighting : ILossWeighting
{
    /// <summary>Weights the optimiser pushed to or below zero restart from here before renormalising.</summary>
    private const double SmallestWeight = 1e-3;

    private readonly IReadOnlyList<string> tasks;
    private readonly double alpha;
    private readonly Parameter weights;
    private double[]? initialLosses;
    private Dictionary<string, double> currentWeights;

    public GradNormWeighting(GradNormWeightingOptions options)
    {
        tasks = options.Tasks.ToList();
        TaskLosses.RequireTaskList("gradnorm", tasks);
        if (!(options.Alpha >= 0) || !double.IsFinite(options.Alpha))
        {
            throw new ArgumentException($"gradnorm: alpha is {options.Alpha}; expected a number of 0 or more.");
        }

        alpha = options.Alpha;
        weights = new Parameter(ones([tasks.Count], dtype: ScalarType.Float32));
        currentWeights = tasks.ToDictionary(task => task, _ => 1.0);
    }

    public IReadOnlyList<Parameter> Parameters => [weights];

    public IReadOnlyDictionary<string, double> CurrentWeights => currentWeights;

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step)
    {
        TaskLosses.RequireTasks("gradnorm", tasks, taskLosses);
        if (step.SharedParameters.Count == 0)
        {
            throw new InvalidOperationException(
                "gradnorm: the step names no shared parameters; GradNorm measures task gradients on the " +
                "network's last shared layer (IMultiTaskNetwork.SharedParameters).");
        }

        Renormalise();
        var losses = tasks.Select(task => taskLosses[task]).ToList();
        initialLosses ??= losses.Select(loss => loss.item<float>() is var value && value > 0 ? (double)value : 1.0)
            .ToArray();

        using var scope = NewDisposeScope();
        var gradientNorms = losses.Select(loss => SharedGradientNorm(loss, step.SharedParameters)).ToArray();
        var balancing = BalancingLoss(losses, gradientNorms);
        var heldWeights = weights.detach();
        var weighted = TaskLosses.WeightedSum(tasks, taskLosses, (index, loss) => heldWeights[index] * loss);
        return (weighted + (balancing - balancing.detach())).MoveToOuterDisposeScope();
    }

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
    {
    }

    private void Renormalise()
    {
        using (no_grad())
        {
            weights.clamp_(min: SmallestWeight);
            weights.mul_(tasks.Count / weights.sum().item<float>());
        }

        var values = weights.data<float>().ToArray();
        currentWeights = tasks.Select((task, index) => (task, weight: (double)values[index]))
            .ToDictionary(entry => entry.task, entry => entry.weight);
    }

    /// <summary>sum_i |w_i g_i - target_i| with the targets held constant, as in the paper.</summary>
    private Tensor BalancingLoss(IReadOnlyList<Tensor> losses, double[] gradientNorms)
    {
        var ratios = losses.Select((loss, index) => loss.item<float>() / initialLosses![index]).ToArray();
        var meanRatio = ratios.Average();
        var weightedNorms = weights * tensor(gradientNorms.Select(norm => (float)norm).ToArray());
        var meanNorm = weightedNorms.mean().item<float>();
        var targets = tensor(ratios.Select(ratio => (float)(meanNorm * Math.Pow(ratio / meanRatio, alpha))).ToArray());
        return (weightedNorms - targets).abs().sum();
    }

    private double SharedGradientNorm(Tensor loss, IReadOnlyList<Parameter> shared)
    {
        var gradients = torch.autograd.grad([loss], shared.Cast<Tensor>().ToList(), retain_graph: true,
            allow_unused: true);
        if (gradients.Any(gradient => gradient is null || gradient.IsInvalid))
        {
            throw new InvalidOperationException(
                "gradnorm: a task's loss does not depend on every shared parameter; the shared parameters must " +
                "be a layer all task heads build on.");
        }

        var squared = gradients.Sum(gradient => gradient.pow(2).sum().item<float>());
        return Math.Sqrt(squared);
    }
}
