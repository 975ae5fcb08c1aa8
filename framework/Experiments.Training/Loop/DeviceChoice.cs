namespace Experiments.Training.Loop;

/// <summary>YAML <c>training.device</c>: auto takes CUDA when libtorch reports it available.</summary>
public enum DeviceChoice
{
    Auto,
    Cpu,
    Cuda,
}
