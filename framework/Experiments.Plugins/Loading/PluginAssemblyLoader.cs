using System.Reflection;
using Experiments.Contracts.Components;
using Experiments.Imaging;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using TorchSharp;

namespace Experiments.Plugins.Loading;

/// <summary>
/// Loads a plugin's main assembly into its own load context. The contracts, imaging, TorchSharp
/// and logging abstractions are shared with the host: a module or tensor made by a plugin is the
/// host's type, so it crosses the boundary; everything else the plugin ships stays private to it.
/// </summary>
public static class PluginAssemblyLoader
{
    private static readonly Type[] SharedTypes =
        [typeof(ComponentAttribute), typeof(Volume), typeof(torch), typeof(ILogger)];

    /// <exception cref="PluginLoadException">
    /// The file is not a loadable .NET assembly, or a dependency is missing.
    /// </exception>
    public static Assembly Load(string mainAssemblyPath)
    {
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                mainAssemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            return loader.LoadDefaultAssembly();
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException
                                              or FileNotFoundException or IOException or InvalidOperationException)
        {
            throw new PluginLoadException(mainAssemblyPath, exception.Message, exception);
        }
    }
}
