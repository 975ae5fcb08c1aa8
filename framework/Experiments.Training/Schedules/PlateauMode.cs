namespace Experiments.Training.Schedules;

/// <summary>Whether the monitored metric improves by going down (a loss) or up (Dice, AUC).</summary>
public enum PlateauMode
{
    Min,
    Max,
}
