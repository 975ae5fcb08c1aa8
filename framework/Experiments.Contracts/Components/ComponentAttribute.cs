namespace Experiments.Contracts.Components;

/// <summary>
/// Marks a public class as a component the plugin host can create by name from an experiment
/// file. The class implements the interface of its kind and has one public constructor whose
/// parameters are, in any order, its options class (a plain class with settable properties and
/// defaults, described with <see cref="System.ComponentModel.DescriptionAttribute"/>), a
/// <see cref="ComponentContext"/>, or nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ComponentAttribute(ComponentKind kind, string name) : Attribute
{
    public ComponentKind Kind { get; } = kind;

    /// <summary>The name experiment files use, lower-case with dashes, e.g. <c>skull-strip-otsu</c>.</summary>
    public string Name { get; } = name;

    public string Description { get; init; } = "";
}
