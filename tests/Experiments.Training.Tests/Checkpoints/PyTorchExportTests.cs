using System.Diagnostics;
using System.Text.Json;
using Experiments.Testing;
using Experiments.Training.Checkpoints;
using Experiments.Training.Loop;
using Experiments.Training.Tests.Doubles;

namespace Experiments.Training.Tests.Checkpoints;

/// <summary>
/// The checkpoint's model.pt opens in real PyTorch (Debian's python3-torch). This test fails, never
/// skips, when python3 or its torch module is missing: CI must install python3-torch.
/// </summary>
public sealed class PyTorchExportTests
{
    private const string Loader = """
        import json, sys, torch
        state = torch.load(sys.argv[1], map_location="cpu")
        print(json.dumps({k: v.flatten().tolist() for k, v in state.items()}))
        """;

    [Fact]
    public void The_checkpoints_pytorch_weights_load_with_torch_load_and_hold_the_trained_values()
    {
        // Given a checkpoint from one epoch of training
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path) { Training = new TrainingSettings { Epochs = 1, Device = DeviceChoice.Cpu } };
        var result = run.CreateTrainer([], initSeed: 1).Run(CancellationToken.None);

        // When python3 loads model.pt with torch.load
        var loaded = LoadWithPyTorch(Path.Combine(result.LastCheckpoint, CheckpointFiles.PyTorchModel));

        // Then it holds every parameter under its TorchSharp name with the same values (float32 exact)
        var expected = run.Network.state_dict();
        Assert.Equal(expected.Keys.Order(), loaded.Keys.Order());
        foreach (var (name, tensor) in expected)
        {
            Assert.Equal(tensor.data<float>().ToArray(), loaded[name].Select(v => (float)v));
        }
    }

    private static Dictionary<string, double[]> LoadWithPyTorch(string path)
    {
        var script = Path.Combine(Path.GetDirectoryName(path)!, "load.py");
        File.WriteAllText(script, Loader);
        var start = new ProcessStartInfo("/usr/bin/python3", [script, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
                            ?? throw new InvalidOperationException("Could not start /usr/bin/python3.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail(
                $"python3 could not load the weights (exit {process.ExitCode}). This test needs Debian's " +
                $"python3-torch: apt-get install -y python3-torch. Its output:\n{error}");
        }

        return JsonSerializer.Deserialize<Dictionary<string, double[]>>(output)!;
    }
}
