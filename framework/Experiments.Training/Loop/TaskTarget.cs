namespace Experiments.Training.Loop;

/// <summary>What a task is trained against: the sample's mask (voxel-wise) or one of its case labels.</summary>
public enum TaskTarget
{
    Mask,
    CaseLabel,
}
