namespace Experiments.Configuration.Binding;

/// <summary>
/// On an abstract configuration class: the YAML <c>name:</c> that selects one of its subclasses,
/// whose properties are the keys allowed beside the name (e.g. <c>schedule: {name: multistep, gamma: 0.1}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConfigVariantAttribute(string name, Type type) : Attribute
{
    public string Name { get; } = name;

    public Type Type { get; } = type;
}
