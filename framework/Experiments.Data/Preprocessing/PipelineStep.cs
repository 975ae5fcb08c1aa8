using System.Reflection;
using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// One preprocessor in a pipeline with what identifies its output in the cache: its component
/// name, its version and its options serialised canonically.
/// </summary>
public sealed record PipelineStep(string Name, string Version, string Settings, IPreprocessor Preprocessor)
{
    /// <summary>
    /// Describes a component: the name from its <see cref="ComponentAttribute"/>, the version of its
    /// assembly (bump it when a step's output changes), and its options object as canonical JSON.
    /// </summary>
    public static PipelineStep For(IPreprocessor preprocessor, object? options)
    {
        var type = preprocessor.GetType();
        var component = type.GetCustomAttribute<ComponentAttribute>()
                        ?? throw new ArgumentException(
                            $"{type.FullName} has no [Component] attribute, so it has no name for the cache key.",
                            nameof(preprocessor));
        var assembly = type.Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? assembly.GetName().Version?.ToString()
                      ?? "0";
        return new PipelineStep(component.Name, version, CanonicalJson.Serialize(options), preprocessor);
    }
}
