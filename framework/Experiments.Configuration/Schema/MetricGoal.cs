namespace Experiments.Configuration.Schema;

/// <summary>Whether a metric improves downwards (a loss) or upwards (Dice, AUC).</summary>
public enum MetricGoal
{
    Min,
    Max,
}
