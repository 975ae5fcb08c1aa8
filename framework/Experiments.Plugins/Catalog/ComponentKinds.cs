using Experiments.Configuration.Binding;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Contracts.Preprocessing;

namespace Experiments.Plugins.Catalog;

/// <summary>The interface each component kind implements, and the kind's name in messages.</summary>
public static class ComponentKinds
{
    private static readonly IReadOnlyDictionary<ComponentKind, Type> Interfaces = new Dictionary<ComponentKind, Type>
    {
        [ComponentKind.Preprocessor] = typeof(IPreprocessor),
        [ComponentKind.Augmenter] = typeof(IAugmenter),
        [ComponentKind.Architecture] = typeof(IArchitecture),
        [ComponentKind.LossWeighting] = typeof(ILossWeighting),
    };

    public static Type InterfaceOf(ComponentKind kind) =>
        Interfaces.TryGetValue(kind, out var type)
            ? type
            : throw new NotSupportedException($"Component kind {kind} has no interface registered in the plugin host.");

    public static ComponentKind KindOf(Type componentInterface)
    {
        foreach (var (kind, type) in Interfaces)
        {
            if (type == componentInterface)
            {
                return kind;
            }
        }

        throw new NotSupportedException(
            $"{componentInterface.Name} is not a component interface; use one of: " +
            string.Join(", ", Interfaces.Values.Select(type => type.Name)));
    }

    public static string Describe(ComponentKind kind) => NamingConvention.ToKebabCase(kind.ToString());
}
