using Experiments.Contracts.Losses;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Models.Tests.Weighting;

/// <summary>
/// Two regression tasks on a shared trunk: targets x.a + noise and x.b + noise, each task's loss
/// its mean squared error times a scale. Seeded, so two runs with the same seed are identical.
/// </summary>
internal sealed class ToyTwoTaskProblem
{
    public const string First = "segmentation";
    public const string Second = "expansion";

    private readonly Sequential trunk;
    private readonly Linear firstHead;
    private readonly Linear secondHead;
    private readonly Tensor inputs;
    private readonly Tensor firstTargets;
    private readonly Tensor secondTargets;
    private readonly (double First, double Second) lossScale;

    public ToyTwoTaskProblem(int seed, (double First, double Second) noise, (double First, double Second) lossScale)
    {
        random.manual_seed(seed);
        trunk = nn.Sequential(nn.Linear(4, 16), nn.Tanh());
        firstHead = nn.Linear(16, 1);
        secondHead = nn.Linear(16, 1);
        inputs = randn([256, 4]);
        firstTargets = inputs.matmul(tensor(new float[] { 1, -2, 0.5f, 1 }).reshape(4, 1)) + noise.First * randn([256, 1]);
        secondTargets = inputs.matmul(tensor(new float[] { -1, 0.5f, 2, 0 }).reshape(4, 1)) + noise.Second * randn([256, 1]);
        this.lossScale = lossScale;
        SharedParameters = trunk.parameters().ToList();
    }

    public IReadOnlyList<Parameter> SharedParameters { get; }

    public IEnumerable<Parameter> NetworkParameters =>
        trunk.parameters().Concat(firstHead.parameters()).Concat(secondHead.parameters());

    public Dictionary<string, Tensor> Losses()
    {
        var features = trunk.call(inputs);
        return new Dictionary<string, Tensor>
        {
            [First] = nn.functional.mse_loss(firstHead.call(features), firstTargets) * lossScale.First,
            [Second] = nn.functional.mse_loss(secondHead.call(features), secondTargets) * lossScale.Second,
        };
    }

    /// <summary>
    /// Trains with Adam for <paramref name="epochs"/> x <paramref name="stepsPerEpoch"/> steps and
    /// calls <paramref name="afterStep"/> with each step's total loss and the weights it used.
    /// </summary>
    public void Train(ILossWeighting weighting, int epochs, int stepsPerEpoch, double learningRate,
        Action<Tensor, IReadOnlyDictionary<string, double>>? afterStep = null)
    {
        var optimizer = optim.Adam(NetworkParameters.Concat(weighting.Parameters), lr: learningRate);
        long step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var sums = new Dictionary<string, double> { [First] = 0, [Second] = 0 };
            for (var index = 0; index < stepsPerEpoch; index++, step++)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                var losses = Losses();
                var total = weighting.Combine(losses, new WeightingStep(epoch, step, SharedParameters));
                afterStep?.Invoke(total, weighting.CurrentWeights);
                total.backward();
                optimizer.step();
                foreach (var (task, loss) in losses)
                {
                    sums[task] += loss.item<float>() / stepsPerEpoch;
                }
            }

            weighting.EpochCompleted(sums);
        }
    }

    /// <summary>The norm of each task's unweighted loss gradient on the shared trunk.</summary>
    public Dictionary<string, double> SharedGradientNorms()
    {
        using var scope = NewDisposeScope();
        return Losses().ToDictionary(entry => entry.Key, entry =>
        {
            var gradients = torch.autograd.grad([entry.Value], SharedParameters.Cast<Tensor>().ToList(),
                retain_graph: true);
            return Math.Sqrt(gradients.Sum(gradient => gradient.pow(2).sum().item<float>()));
        });
    }
}
