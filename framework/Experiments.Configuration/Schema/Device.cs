namespace Experiments.Configuration.Schema;

/// <summary>Where training runs; <c>auto</c> picks CUDA when TorchSharp finds a GPU, else the CPU.</summary>
public enum Device
{
    Auto,
    Cpu,
    Cuda,
}
