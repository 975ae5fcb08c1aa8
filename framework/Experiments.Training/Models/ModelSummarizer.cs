using Experiments.Contracts.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Training.Models;

/// <summary>
/// Builds a <see cref="ModelSummary"/> by running one forward pass without gradients on zeros of the
/// given shape, with hooks recording each module's output shape in call order.
/// </summary>
public static class ModelSummarizer
{
    public static ModelSummary Summarize(
        IMultiTaskNetwork network, IReadOnlyList<long> inputShape, long? referenceParameters = null)
    {
        var module = network.Module;
        var modules = module.named_modules().Where(entry => entry.name.Length > 0).ToList();
        var shapes = new Dictionary<string, long[]>();
        var callOrder = new List<string>();
        var hooks = modules.SelectMany(entry => Hook(entry.name, entry.module, shapes, callOrder)).ToList();

        var wasTraining = module.training;
        module.eval();
        Dictionary<string, IReadOnlyList<long>> taskShapes;
        try
        {
            taskShapes = RunForward(module, inputShape);
        }
        finally
        {
            hooks.ForEach(remove => remove());
            module.train(wasTraining);
        }

        var rows = modules
            .OrderBy(entry => CallPosition(entry.name, callOrder))
            .Select(entry => Row(entry.name, entry.module, shapes))
            .ToList();
        var parameters = module.parameters().ToList();
        return new ModelSummary(
            inputShape.ToArray(), rows, taskShapes,
            parameters.Sum(parameter => parameter.numel()),
            parameters.Where(parameter => parameter.requires_grad).Sum(parameter => parameter.numel()),
            referenceParameters);
    }

    private static Dictionary<string, IReadOnlyList<long>> RunForward(
        nn.Module<Tensor, TaskOutputs> module, IReadOnlyList<long> inputShape)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var parameter = module.parameters().FirstOrDefault();
        using var input = zeros(inputShape.ToArray(), device: parameter?.device);
        using var outputs = module.call(input);
        return outputs.Outputs.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<long>)entry.Value.shape);
    }

    private static IEnumerable<Action> Hook(
        string name, nn.Module module, Dictionary<string, long[]> shapes, List<string> callOrder)
    {
        switch (module)
        {
            case nn.Module<Tensor, Tensor> single:
                yield return single.register_forward_pre_hook((_, input) => Called(name, callOrder, input)).remove;
                yield return single.register_forward_hook((_, _, output) => Record(name, shapes, output)).remove;
                break;
            case nn.Module<Tensor, Tensor, Tensor> pair:
                yield return pair.register_forward_pre_hook((_, first, second) =>
                {
                    Called(name, callOrder, first);
                    return (first, second);
                }).remove;
                yield return pair.register_forward_hook((_, _, _, output) => Record(name, shapes, output)).remove;
                break;
        }
    }

    private static Tensor Called(string name, List<string> callOrder, Tensor input)
    {
        if (!callOrder.Contains(name))
        {
            callOrder.Add(name);
        }

        return input;
    }

    private static Tensor Record(string name, Dictionary<string, long[]> shapes, Tensor output)
    {
        shapes[name] = output.shape;
        return output;
    }

    private static ModelSummaryRow Row(string name, nn.Module module, Dictionary<string, long[]> shapes) =>
        new(name, module.GetType().Name, shapes.GetValueOrDefault(name, []),
            module.parameters().Sum(parameter => parameter.numel()))
        {
            HasChildren = module.children().Any(),
        };

    private static int CallPosition(string name, List<string> callOrder)
    {
        var position = callOrder.IndexOf(name);
        return position >= 0 ? position : int.MaxValue;
    }
}
