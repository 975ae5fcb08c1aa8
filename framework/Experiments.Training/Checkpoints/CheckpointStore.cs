using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp.Modules;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Experiments.Training.Checkpoints;

/// <summary>
/// Keeps a run's <c>last</c> and <c>best</c> checkpoint folders under one directory. A checkpoint is
/// written to a temporary folder and then swapped in, so a crash while saving leaves the previous one.
/// <paramref name="companions"/> are files copied into every checkpoint beside the weights (the
/// resolved experiment), so a checkpoint folder alone is enough to predict with.
/// </summary>
public sealed class CheckpointStore(string directory, IReadOnlyList<string>? companions = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string LastPath => Path.Combine(directory, CheckpointFiles.Last);

    public string BestPath => Path.Combine(directory, CheckpointFiles.Best);

    public void SaveLast(TrainerState state, nn.Module model, OptimizerHelper optimizer)
    {
        var staging = Path.Combine(directory, CheckpointFiles.Last + ".writing");
        RecreateFolder(staging);
        File.WriteAllText(Path.Combine(staging, CheckpointFiles.State), JsonSerializer.Serialize(state, JsonOptions));
        model.save(Path.Combine(staging, CheckpointFiles.Model));
        optimizer.save_state_dict(Path.Combine(staging, CheckpointFiles.Optimizer));
        model.save_py(Path.Combine(staging, CheckpointFiles.PyTorchModel));
        foreach (var companion in companions ?? [])
        {
            File.Copy(companion, Path.Combine(staging, Path.GetFileName(companion)));
        }

        Replace(LastPath, staging);
    }

    /// <summary>Copies the last checkpoint as the best one.</summary>
    public void PromoteLastToBest()
    {
        var staging = Path.Combine(directory, CheckpointFiles.Best + ".writing");
        RecreateFolder(staging);
        foreach (var file in Directory.GetFiles(LastPath))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        Replace(BestPath, staging);
    }

    /// <summary>Reads a checkpoint folder into the model and optimizer and returns the trainer state.</summary>
    public static TrainerState Load(string checkpoint, nn.Module model, OptimizerHelper? optimizer)
    {
        var statePath = Path.Combine(checkpoint, CheckpointFiles.State);
        if (!File.Exists(statePath))
        {
            throw new FileNotFoundException(
                $"'{checkpoint}' is not a checkpoint folder: {CheckpointFiles.State} is missing. " +
                $"Pass a run's checkpoints/{CheckpointFiles.Last} or checkpoints/{CheckpointFiles.Best} folder.",
                statePath);
        }

        var state = JsonSerializer.Deserialize<TrainerState>(File.ReadAllText(statePath), JsonOptions)
                    ?? throw new InvalidDataException($"{statePath} holds no trainer state.");
        LoadWeights(checkpoint, model);
        optimizer?.load_state_dict(Path.Combine(checkpoint, CheckpointFiles.Optimizer));
        return state;
    }

    private static void LoadWeights(string checkpoint, nn.Module model)
    {
        var weights = Path.Combine(checkpoint, CheckpointFiles.Model);
        if (!File.Exists(weights))
        {
            throw new FileNotFoundException(
                $"The checkpoint '{checkpoint}' has no {CheckpointFiles.Model}; it was not fully written.", weights);
        }

        try
        {
            model.load(weights);
        }
        catch (Exception error) when (error is ArgumentException or IOException or InvalidOperationException
                                          or NotSupportedException or EndOfStreamException)
        {
            throw new InvalidDataException(
                $"The checkpoint's weights '{weights}' do not load into the network its experiment describes " +
                $"(damaged, or the model options changed since training): {error.Message}", error);
        }
    }

    private static void RecreateFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
    }

    private static void Replace(string target, string staging)
    {
        var retired = target + ".old";
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }

        if (Directory.Exists(target))
        {
            Directory.Move(target, retired);
        }

        Directory.Move(staging, target);
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
