using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Contracts.Preprocessing;

namespace Experiments.Plugins.Hosting;

/// <summary>
/// The components an experiment names, created with their options. <see cref="Versions"/> maps each
/// component's YAML path to "name version (assembly)" for run tags.
/// </summary>
public sealed record ExperimentComponents(
    IReadOnlyList<IPreprocessor> Preprocessors,
    IReadOnlyList<IAugmenter> Augmenters,
    IArchitecture Architecture,
    ILossWeighting LossWeighting,
    IReadOnlyDictionary<string, string> Versions);
