namespace Experiments.Sweeps.Definition;

/// <summary>Where a value was written: a file with line and column, or the command line.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
