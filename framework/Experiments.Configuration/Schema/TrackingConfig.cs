using System.ComponentModel;

namespace Experiments.Configuration.Schema;

public sealed class TrackingConfig
{
    [Description("Where runs are logged: an MLflow server (http://host:5000) or a file store path; absent: " +
                 "MLFLOW_TRACKING_URI, else ./mlruns.")]
    public string? Uri { get; set; }

    [Description("MLflow experiment the runs are logged under; absent: MLFLOW_EXPERIMENT_NAME, " +
                 "else the experiment's name.")]
    public string? Experiment { get; set; }
}
