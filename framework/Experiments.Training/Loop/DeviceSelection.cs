using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Training.Loop;

public static class DeviceSelection
{
    public static Device Resolve(DeviceChoice choice) => choice switch
    {
        DeviceChoice.Cpu => CPU,
        DeviceChoice.Cuda when cuda.is_available() => CUDA,
        DeviceChoice.Cuda => throw new NotSupportedException(
            "training.device is 'cuda' but libtorch reports no CUDA device; build with -p:TorchSharpBackend=cuda " +
            "on a machine with an NVIDIA GPU, or use 'cpu' / 'auto'."),
        _ => cuda.is_available() ? CUDA : CPU,
    };
}
