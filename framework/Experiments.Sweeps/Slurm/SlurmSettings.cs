namespace Experiments.Sweeps.Slurm;

/// <summary>Resources of each array task and how many run at once.</summary>
public sealed record SlurmSettings(
    string? Partition = null,
    int CpusPerTask = 2,
    string Memory = "8G",
    string Time = "24:00:00",
    int Concurrency = 4,
    string? Account = null,
    string? Gpus = null);
