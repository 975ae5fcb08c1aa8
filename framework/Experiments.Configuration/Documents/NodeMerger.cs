namespace Experiments.Configuration.Documents;

/// <summary>
/// Lays an extending document over its base: mappings merge key by key, any other value (a list
/// included) replaces the base's, so an extending file never appends to a base pipeline by accident.
/// </summary>
public static class NodeMerger
{
    public static ConfigNode Merge(ConfigNode baseNode, ConfigNode overlay)
    {
        if (baseNode is not ConfigMapping baseMapping || overlay is not ConfigMapping overlayMapping)
        {
            return overlay;
        }

        var merged = baseMapping with { Location = overlayMapping.Location };
        foreach (var entry in overlayMapping.Entries)
        {
            var existing = merged.Find(entry.Name);
            var value = existing is null ? entry.Value : Merge(existing.Value, entry.Value);
            merged = merged.With(entry with { Value = value });
        }

        return merged;
    }
}
