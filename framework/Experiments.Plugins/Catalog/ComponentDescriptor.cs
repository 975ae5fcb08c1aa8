using System.Reflection;
using Experiments.Contracts.Components;

namespace Experiments.Plugins.Catalog;

/// <summary>A component a plugin provides: what it is, where it comes from, and how to create it.</summary>
public sealed record ComponentDescriptor(
    ComponentKind Kind,
    string Name,
    string Version,
    string AssemblyPath,
    string Description,
    Type ImplementationType,
    Type? OptionsType,
    ConstructorInfo Constructor,
    IReadOnlyList<OptionDescriptor> Options)
{
    public string AssemblyName => Path.GetFileName(AssemblyPath);
}
