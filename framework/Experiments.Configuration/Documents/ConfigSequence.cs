namespace Experiments.Configuration.Documents;

public sealed record ConfigSequence(IReadOnlyList<ConfigNode> Items, SourceLocation Location) : ConfigNode(Location)
{
    public override string Describe() => "a list";

    public ConfigSequence WithItem(int index, ConfigNode item)
    {
        var items = Items.ToList();
        items[index] = item;
        return this with { Items = items };
    }
}
