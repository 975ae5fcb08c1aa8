using Experiments.Configuration.Documents;
using Experiments.Sweeps.Definition;

namespace Experiments.Sweeps.Plan;

/// <summary>
/// One setting a trial changes: a dotted key of the experiment (<c>optimizer.learning_rate</c>)
/// and a YAML value (<c>3.0e-4</c>, <c>cosine</c>, <c>[20, 30]</c>), as <c>--set key=value</c> takes it.
/// </summary>
public sealed record SettingOverride(string Key, string Value, SourceLocation Location)
{
    public string ToCommandLine() => $"{Key}={Value}";
}
