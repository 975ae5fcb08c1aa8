namespace Experiments.Configuration.Documents;

/// <summary>A YAML scalar; <see cref="IsQuoted"/> keeps <c>"null"</c> (a string) apart from <c>null</c>.</summary>
public sealed record ConfigScalar(string Value, bool IsQuoted, SourceLocation Location) : ConfigNode(Location)
{
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : $"'{Value}'";
}
