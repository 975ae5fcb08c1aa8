using System.ComponentModel;

namespace Experiments.Configuration.Schema;

public sealed class TrackingConfig
{
    [Description("MLflow tracking server, e.g. http://127.0.0.1:5000; when absent the run is not tracked.")]
    public string? Uri { get; set; }

    [Description("MLflow experiment the runs are logged under; when absent, the experiment's name.")]
    public string? Experiment { get; set; }
}
