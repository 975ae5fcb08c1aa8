namespace Experiments.Configuration.Documents;

/// <summary>A YAML mapping with its keys in written order.</summary>
public sealed record ConfigMapping(IReadOnlyList<ConfigEntry> Entries, SourceLocation Location) : ConfigNode(Location)
{
    public static ConfigMapping Empty(SourceLocation location) => new([], location);

    public ConfigEntry? Find(string key) => Entries.FirstOrDefault(entry => entry.Name == key);

    public override string Describe() => "a mapping";

    /// <summary>A copy with <paramref name="entry"/> replacing the entry of the same key, or appended.</summary>
    public ConfigMapping With(ConfigEntry entry)
    {
        var entries = Entries.ToList();
        var index = entries.FindIndex(existing => existing.Name == entry.Name);
        if (index >= 0)
        {
            entries[index] = entry;
        }
        else
        {
            entries.Add(entry);
        }

        return this with { Entries = entries };
    }

    public ConfigMapping Without(string key) =>
        this with { Entries = Entries.Where(entry => entry.Name != key).ToList() };
}
