using Experiments.Configuration;

namespace Experiments.Plugins.Hosting;

/// <summary>A validated experiment with its components created: what a runner needs to start.</summary>
public sealed record PreparedExperiment(ResolvedExperiment Experiment, ExperimentComponents Components);
