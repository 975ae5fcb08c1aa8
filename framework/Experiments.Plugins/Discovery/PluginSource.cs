namespace Experiments.Plugins.Discovery;

/// <summary>
/// A folder to search for plugins and why it is searched (<c>app plugins folder</c>,
/// <c>EXPERIMENTS_PLUGIN_PATH</c>, <c>experiment.yaml:12</c>), so a missing folder's error says who asked for it.
/// </summary>
public sealed record PluginSource(string Folder, string Origin, bool MayBeAbsent = false);
