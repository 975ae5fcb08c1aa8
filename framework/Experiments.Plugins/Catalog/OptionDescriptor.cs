namespace Experiments.Plugins.Catalog;

/// <summary>One option of a component as the <c>plugins</c> listing shows it.</summary>
public sealed record OptionDescriptor(string Key, string Type, string Default, bool IsRequired, string Description);
