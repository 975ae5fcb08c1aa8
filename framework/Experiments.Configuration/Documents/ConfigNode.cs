namespace Experiments.Configuration.Documents;

/// <summary>
/// A parsed YAML value that remembers where it was written, so errors found long after parsing
/// (when a plugin binds its options) still name the file, line and column.
/// </summary>
public abstract record ConfigNode(SourceLocation Location)
{
    /// <summary>How the value reads in an error message: the scalar itself, or "a mapping" / "a list".</summary>
    public abstract string Describe();
}
