namespace Experiments.Plugins.Loading;

/// <summary>A plugin file that cannot be loaded; <see cref="Reason"/> says why.</summary>
public sealed class PluginLoadException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: {reason}", inner)
{
    public string File { get; } = file;

    public string Reason { get; } = reason;
}
