using Experiments.Configuration.Documents;

namespace Experiments.Configuration.Schema;

/// <summary>
/// A plugin component named in an experiment (<c>- name: window</c> plus its options inline). The
/// options stay YAML, with their lines, until the plugin host binds them to the component's
/// options class; <see cref="Path"/> is the YAML path errors report (e.g. <c>preprocessing[3]</c>).
/// </summary>
public sealed record ComponentConfig(ConfigScalar NameNode, ConfigMapping Options, string Path)
{
    public const string NameKey = "name";

    public string Name => NameNode.Value;
}
