using Experiments.Plugins.Discovery;
using Experiments.Plugins.Loading;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Catalog;

/// <summary>
/// Loads every plugin of the given folders into a <see cref="ComponentCatalog"/>. A plugin that
/// fails to load becomes a <see cref="PluginFailure"/> naming its file and the reason; the others
/// still load. Callers decide how to show the failures (the catalog lists them).
/// </summary>
public static class PluginHost
{
    public static ComponentCatalog Load(IEnumerable<PluginSource> sources, ILogger logger)
    {
        var components = new List<ComponentDescriptor>();
        var failures = new List<PluginFailure>();
        foreach (var assemblyPath in MainAssemblies(sources, failures).Distinct(StringComparer.Ordinal))
        {
            try
            {
                var assembly = PluginAssemblyLoader.Load(assemblyPath);
                var (found, rejected) = ComponentInspector.Inspect(assembly, assemblyPath);
                components.AddRange(found);
                failures.AddRange(rejected);
                logger.LogDebug("Loaded plugin {Plugin} with {Count} component(s)", assemblyPath, found.Count);
            }
            catch (PluginLoadException exception)
            {
                failures.Add(new PluginFailure(exception.File, exception.Reason));
            }
        }

        return new ComponentCatalog(components, failures);
    }

    private static IEnumerable<string> MainAssemblies(IEnumerable<PluginSource> sources, List<PluginFailure> failures)
    {
        foreach (var source in sources)
        {
            if (Directory.Exists(source.Folder))
            {
                foreach (var assembly in PluginFolderScanner.MainAssemblies(source.Folder))
                {
                    yield return assembly;
                }
            }
            else if (!source.MayBeAbsent)
            {
                var reason = $"plugin folder does not exist (named by {source.Origin})";
                failures.Add(new PluginFailure(source.Folder, reason));
            }
        }
    }
}
