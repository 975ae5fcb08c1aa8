namespace Experiments.Training.Checkpoints;

/// <summary>The files of one checkpoint folder.</summary>
public static class CheckpointFiles
{
    public const string State = "trainer-state.json";
    public const string Model = "model.weights";
    public const string Optimizer = "optimizer.state";

    /// <summary>The weights as a PyTorch state dict: <c>model.load_state_dict(torch.load("model.pt"))</c>.</summary>
    public const string PyTorchModel = "model.pt";

    /// <summary>The resolved experiment the weights were trained with, copied in by the runner.</summary>
    public const string Experiment = "resolved-config.yaml";

    public const string Last = "last";
    public const string Best = "best";
}
