using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;
using Experiments.Contracts.Components;

namespace Experiments.Plugins.Catalog;

/// <summary>The components the loaded plugins provide, and the one way to create them from an experiment.</summary>
public interface IComponentCatalog
{
    /// <summary>Every usable component, ordered by kind and name.</summary>
    IReadOnlyList<ComponentDescriptor> Components { get; }

    /// <summary>Plugins, folders and components that could not be used (including name clashes).</summary>
    IReadOnlyList<PluginFailure> Failures { get; }

    /// <summary>
    /// Creates the component <paramref name="config"/> names, its options bound from the YAML. Returns
    /// null after reporting to <paramref name="problems"/> (unknown name with the nearest one, a name two
    /// plugins define, an option error, or the component refusing its options).
    /// </summary>
    CreatedComponent<T>? Create<T>(ComponentConfig config, ComponentContext context, ProblemCollector problems)
        where T : class;
}
