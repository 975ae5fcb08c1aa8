namespace Experiments.Configuration.Documents;

/// <summary>
/// Where a configuration value was written: a YAML file, or a <c>--set</c> override (then
/// <see cref="Source"/> is <c>--set path=value</c> and the column points into that text).
/// </summary>
public sealed record SourceLocation(string Source, int Line, int Column)
{
    public const string OverrideSourcePrefix = "--set ";

    public bool IsFile => !Source.StartsWith(OverrideSourcePrefix, StringComparison.Ordinal);

    /// <summary>The folder relative paths written here resolve against.</summary>
    public string BaseDirectory =>
        IsFile ? Path.GetDirectoryName(Path.GetFullPath(Source)) ?? Environment.CurrentDirectory
               : Environment.CurrentDirectory;

    public override string ToString() => $"{Source}:{Line}:{Column}";
}
