using Experiments.Configuration.Schema;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;

namespace Experiments.Runner.Setup;

/// <summary>Pieces of a prepared experiment that training and evaluation both need.</summary>
public static class ExperimentParts
{
    /// <summary>The preprocessing steps with their bound options, in the file's order.</summary>
    public static IReadOnlyList<PipelineStep> PipelineSteps(PreparedExperiment experiment) =>
        experiment.Experiment.Config.Preprocessing
            .Select((step, i) => PipelineStep.For(
                experiment.Components.Preprocessors[i], experiment.Experiment.OptionsOf(step)))
            .ToList();

    /// <summary>The case label the classification task learns (the target of a task that is not the mask).</summary>
    public static string ClassificationLabel(ExperimentConfig config) =>
        config.Tasks.Values.Select(t => t.Target).FirstOrDefault(t => t != DatasetCaseSource.HematomaMask)
        ?? "expansion";
}
