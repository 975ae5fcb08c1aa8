namespace Experiments.Configuration.Binding;

/// <summary>
/// A path (or list of paths) that is resolved against the folder of the YAML file that wrote it,
/// so a base file's paths keep working when another folder's file extends it. Values from
/// <c>--set</c> resolve against the current folder, defaults against the experiment file's folder.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RelativeToFileAttribute : Attribute;
