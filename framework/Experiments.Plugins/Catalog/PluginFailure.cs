namespace Experiments.Plugins.Catalog;

/// <summary>A plugin file, folder or component that could not be used, and why.</summary>
public sealed record PluginFailure(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
