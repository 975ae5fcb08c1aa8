using Experiments.Data.Datasets;
using Experiments.Data.Labels;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;

namespace Experiments.Runner.Evaluation;

/// <summary>The BAT score of every evaluated case, when all of them have the clinical fields it needs.</summary>
public static class BatBaseline
{
    public static BaselineScores? For(IReadOnlyList<TrainingTask> tasks, IReadOnlyList<DatasetCase> cases)
    {
        var task = tasks.FirstOrDefault(t => t.Target == TaskTarget.CaseLabel);
        var scores = cases.Select(c => BatScore.TryCompute(c.Clinical)).ToList();
        return task is null || scores.Any(s => s is null)
            ? null
            : new BaselineScores(task.Name, "BAT score", scores.Select(s => (double)s!.Value).ToList());
    }
}
