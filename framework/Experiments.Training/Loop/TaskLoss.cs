using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>A task's loss: the network's raw outputs (logits) against the target, reduced to a scalar.</summary>
public delegate Tensor TaskLoss(Tensor logits, Tensor target);
