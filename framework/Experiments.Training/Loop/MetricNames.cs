namespace Experiments.Training.Loop;

/// <summary>The metric keys the trainer reports in step and epoch events.</summary>
public static class MetricNames
{
    public const string Loss = "loss";
    public const string LearningRate = "learning_rate";
    public const string TrainLoss = "train.loss";
    public const string ValidationLoss = "val.loss";
    public const string ValidationDice = "val.dice";
    public const string EpochSeconds = "epoch_seconds";

    /// <summary>Metrics of the best checkpoint's evaluation after training start with this.</summary>
    public const string EvaluationPrefix = "eval.";

    public static string TaskLoss(string task) => $"loss.{task}";

    public static string Weight(string task) => $"weight.{task}";

    public static string TrainTaskLoss(string task) => $"train.loss.{task}";

    public static string ValidationTaskLoss(string task) => $"val.loss.{task}";

    public static string ValidationTaskDice(string task) => $"val.dice.{task}";

    public static string ValidationAuc(string task) => $"val.auc.{task}";

    public static string EvaluationDice(string task) => $"{EvaluationPrefix}dice.{task}";

    public static string EvaluationAuc(string task) => $"{EvaluationPrefix}auc.{task}";
}
