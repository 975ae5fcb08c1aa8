using Experiments.Configuration;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Contracts.Preprocessing;
using Experiments.Plugins.Catalog;
using Experiments.Plugins.Discovery;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Hosting;

/// <summary>
/// Validates an experiment before any work: reads the YAML (extends, overrides, schema), loads the
/// plugins it can use, binds every component's options and creates the components, collecting all
/// problems of all steps in one pass.
/// </summary>
public sealed class ExperimentSetup(ILoggerFactory loggerFactory, IReadOnlyList<PluginSource> standardSources)
{
    /// <summary>
    /// A setup searching the app's plugins folder and EXPERIMENTS_PLUGIN_PATH besides the YAML's folders.
    /// </summary>
    public ExperimentSetup(ILoggerFactory loggerFactory) : this(loggerFactory, PluginSources.Standard())
    {
    }

    public ExperimentSetupResult Prepare(string experimentFile, IReadOnlyList<string> overrides)
    {
        var loaded = ExperimentLoader.Load(experimentFile, overrides);
        var problems = new ProblemCollector();
        problems.AddRange(loaded.Problems);
        var sources = standardSources.Concat(ExperimentSources(loaded, problems));
        var logger = loggerFactory.CreateLogger<ExperimentSetup>();
        var catalog = PluginHost.Load(sources, logger);
        foreach (var failure in catalog.Failures)
        {
            logger.LogWarning("Plugin {File} cannot be used: {Reason}", failure.File, failure.Reason);
        }

        if (loaded.Config is not { } config)
        {
            return new ExperimentSetupResult(problems.Problems, catalog, null);
        }

        var builder = new ComponentsBuilder(catalog, new ComponentContext(loggerFactory, config.Seed), problems);
        var components = builder.Build(config);
        if (problems.Count > 0 || components is null)
        {
            return new ExperimentSetupResult(problems.Problems, catalog, null);
        }

        var resolved = new ResolvedExperiment(loaded.SourcePath, config, builder.Options);
        return new ExperimentSetupResult([], catalog, new PreparedExperiment(resolved, components));
    }

    /// <summary>The YAML's <c>plugins:</c> folders; a missing one is a problem at its own line.</summary>
    private static IEnumerable<PluginSource> ExperimentSources(ExperimentLoadResult loaded, ProblemCollector problems)
    {
        var folders = loaded.Config?.Plugins ?? [];
        var nodes = (loaded.Document.Find("plugins")?.Value as ConfigSequence)?.Items ?? [];
        for (var i = 0; i < folders.Count && i < nodes.Count; i++)
        {
            if (Directory.Exists(folders[i]))
            {
                yield return new PluginSource(folders[i], nodes[i].Location.ToString());
            }
            else
            {
                problems.Add(
                    nodes[i], $"plugins[{i}]", $"plugin folder '{folders[i]}' does not exist", "an existing folder");
            }
        }
    }

    private sealed class ComponentsBuilder(
        IComponentCatalog catalog, ComponentContext context, ProblemCollector problems)
    {
        private readonly Dictionary<ComponentConfig, object> _options = [];
        private readonly Dictionary<string, string> _versions = [];

        public IReadOnlyDictionary<ComponentConfig, object> Options => _options;

        public ExperimentComponents? Build(ExperimentConfig config)
        {
            var preprocessors = (config.Preprocessing ?? []).Select(Create<IPreprocessor>).ToList();
            var augmenters = (config.Augmentation ?? []).Select(Create<IAugmenter>).ToList();
            var architecture = config.Model is null ? null : Create<IArchitecture>(config.Model);
            var weighting = config.LossWeighting is null ? null : Create<ILossWeighting>(config.LossWeighting);
            if (architecture is not null && config.Tasks is not null)
            {
                CheckTasks(architecture, config.Tasks, config.Model!);
            }

            if (architecture is null || weighting is null || preprocessors.Contains(null) || augmenters.Contains(null))
            {
                return null;
            }

            return new ExperimentComponents(
                preprocessors.OfType<IPreprocessor>().ToList(), augmenters.OfType<IAugmenter>().ToList(),
                architecture, weighting, _versions);
        }

        private T? Create<T>(ComponentConfig component) where T : class
        {
            if (component is null || catalog.Create<T>(component, context, problems) is not { } created)
            {
                return null;
            }

            if (created.Options is not null)
            {
                _options[component] = created.Options;
            }

            var descriptor = created.Descriptor;
            _versions[component.Path] = $"{descriptor.Name} {descriptor.Version} ({descriptor.AssemblyName})";
            return created.Instance;
        }

        private void CheckTasks(IArchitecture architecture, Dictionary<string, TaskConfig> tasks, ComponentConfig model)
        {
            var heads = architecture.Tasks;
            if (!tasks.Keys.Order().SequenceEqual(heads.Order()))
            {
                problems.Add(model.NameNode, "tasks",
                    $"the tasks ({string.Join(", ", tasks.Keys)}) do not match the heads of " +
                    $"model '{model.Name}'", "exactly its tasks: " + string.Join(", ", heads));
            }
        }
    }
}
