using Experiments.Sweeps.Definition;
using Experiments.Testing;

namespace Experiments.Sweeps.Tests;

/// <summary>Writes a sweep file into a temporary folder and parses it.</summary>
internal sealed class SweepYaml : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SweepYaml(string yaml)
    {
        File = _folder.File("sweep.yaml");
        System.IO.File.WriteAllText(File, yaml.ReplaceLineEndings("\n"));
    }

    public string File { get; }

    public SweepDefinition Parse() => SweepParser.ParseFile(File) ?? throw new InvalidOperationException("no sweep");

    public void Dispose() => _folder.Dispose();
}
