using Experiments.Configuration.Problems;
using Experiments.Plugins.Catalog;

namespace Experiments.Plugins.Hosting;

/// <summary>
/// The outcome of validating an experiment: every problem found (configuration and components
/// together), the plugin catalog, and the prepared experiment when there were no problems.
/// </summary>
public sealed record ExperimentSetupResult(
    IReadOnlyList<ConfigProblem> Problems,
    IComponentCatalog Catalog,
    PreparedExperiment? Prepared)
{
    /// <summary>The prepared experiment, or a <see cref="ConfigurationException"/> carrying every problem.</summary>
    public PreparedExperiment PreparedOrThrow() => Prepared ?? throw new ConfigurationException(Problems);
}
