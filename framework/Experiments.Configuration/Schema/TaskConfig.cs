using System.ComponentModel;

namespace Experiments.Configuration.Schema;

public sealed class TaskConfig
{
    [Description("The task's loss function.")]
    public required TaskLoss Loss { get; set; }

    [Description("The dataset label or mask the task learns (e.g. hematoma, expansion).")]
    public required string Target { get; set; }
}
