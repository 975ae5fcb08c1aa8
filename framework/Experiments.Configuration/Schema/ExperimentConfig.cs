using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Experiments.Configuration.Binding;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Schema.Optimizers;
using Experiments.Configuration.Schema.Schedules;

namespace Experiments.Configuration.Schema;

/// <summary>An experiment file's typed content (after <c>extends</c> and <c>--set</c> are applied).</summary>
public sealed class ExperimentConfig : IValidatableObject
{
    [Description("Name of the experiment; names its runs and output folders.")]
    public required string Name { get; set; }

    [Description("Seed of every random generator: weight initialisation, shuffling, augmentation.")]
    public int Seed { get; set; } = 42;

    [Description("Where the cases come from and where preprocessed cases are cached.")]
    public required DataConfig Data { get; set; }

    [Description("Preprocessing steps in order: components with `name:` and their options.")]
    public List<ComponentConfig> Preprocessing { get; set; } = [];

    [Description("Augmentation steps (training set only): components with `name:` and their options.")]
    public List<ComponentConfig> Augmentation { get; set; } = [];

    [Description("The network: an architecture component with `name:` and its options.")]
    public required ComponentConfig Model { get; set; }

    [Description("The network's tasks by name (e.g. segmentation, expansion): each with its loss and target.")]
    [MinLength(1)]
    public required Dictionary<string, TaskConfig> Tasks { get; set; }

    [Description("How per-task losses combine into one: a loss-weighting component with `name:` and options.")]
    public required ComponentConfig LossWeighting { get; set; }

    [Description("The optimiser, chosen by `name:`.")]
    public OptimizerConfig Optimizer { get; set; } = new AdamOptimizer();

    [Description("The learning-rate schedule, chosen by `name:`.")]
    public ScheduleConfig Schedule { get; set; } = new ConstantSchedule();

    [Description("Epochs, batch size, device and checkpoints.")]
    public TrainingConfig Training { get; set; } = new();

    [Description("How validation is scored.")]
    public EvaluationConfig Evaluation { get; set; } = new();

    [Description("Where runs are logged (MLflow).")]
    public TrackingConfig Tracking { get; set; } = new();

    [Description("Extra plugin folders (relative to this file), searched besides the app's plugins folder " +
                 "and EXPERIMENTS_PLUGIN_PATH.")]
    [RelativeToFile]
    public List<string> Plugins { get; set; } = [];

    [Description("Settings to sweep; kept as raw YAML for the sweep runner.")]
    public ConfigNode? Sweep { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Schedule is MultiStepSchedule multiStep && multiStep.Milestones.Any(epoch => epoch >= Training.Epochs))
        {
            yield return new ValidationResult(
                $"schedule milestones must fall before training.epochs ({Training.Epochs}); " +
                $"found [{string.Join(", ", multiStep.Milestones)}]",
                [nameof(Schedule)]);
        }
    }
}
