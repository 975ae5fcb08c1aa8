namespace Experiments.Plugins.Catalog;

/// <summary>
/// A component made from an experiment, with the options object it was given (null if it takes none).
/// </summary>
public sealed record CreatedComponent<T>(T Instance, object? Options, ComponentDescriptor Descriptor) where T : class;
