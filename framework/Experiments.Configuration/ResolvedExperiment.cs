using Experiments.Configuration.Documents;
using Experiments.Configuration.Schema;
using Experiments.Configuration.Writing;

namespace Experiments.Configuration;

/// <summary>
/// A valid experiment with every value settled: the typed configuration plus, per component, the
/// options object the plugin host bound. Gives the tracking parameters and the resolved YAML.
/// </summary>
public sealed class ResolvedExperiment
{
    private readonly IReadOnlyDictionary<ComponentConfig, object> _componentOptions;

    public ResolvedExperiment(
        string sourcePath, ExperimentConfig config, IReadOnlyDictionary<ComponentConfig, object> componentOptions)
    {
        SourcePath = sourcePath;
        Config = config;
        _componentOptions = componentOptions;
        Tree = new ConfigWriter(OptionsOf).Write(config);
    }

    public string SourcePath { get; }

    public ExperimentConfig Config { get; }

    /// <summary>
    /// The resolved configuration as YAML nodes, defaults of the schema and of every component included.
    /// </summary>
    public ConfigNode Tree { get; }

    /// <summary>The bound options object of <paramref name="component"/>, or null if it has none.</summary>
    public object? OptionsOf(ComponentConfig component) => _componentOptions.GetValueOrDefault(component);

    /// <summary>
    /// Every resolved value under its dotted key (<c>training.epochs</c>, <c>preprocessing.3.max_hu</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> ToParameters() => ParameterFlattener.Flatten(Tree);

    /// <summary>The resolved configuration as a YAML document, e.g. to keep as a run artifact.</summary>
    public string ToYaml() => YamlWriter.Write(Tree);
}
