namespace Experiments.Configuration.Documents;

/// <summary>One key of a mapping with its value; the key keeps its own location for "unknown key" errors.</summary>
public sealed record ConfigEntry(ConfigScalar Key, ConfigNode Value)
{
    public string Name => Key.Value;
}
