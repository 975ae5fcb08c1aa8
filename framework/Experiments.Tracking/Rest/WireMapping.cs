using Experiments.Tracking.Model;
using Experiments.Tracking.Rest.Wire;

namespace Experiments.Tracking.Rest;

/// <summary>Converts between the wire shapes and the model.</summary>
internal static class WireMapping
{
    public static ExperimentInfo ToModel(WireExperiment experiment) => new(
        experiment.ExperimentId,
        experiment.Name,
        experiment.ArtifactLocation ?? "",
        experiment.LifecycleStage ?? LifecycleStages.Active,
        experiment.Tags?.Select(tag => new RunTag(tag.Key, tag.Value)).ToList() ?? []);

    public static RunInfo ToModel(WireRunInfo info) => new(
        info.RunId,
        info.ExperimentId,
        info.RunName ?? "",
        info.UserId ?? "",
        ParseStatus(info.Status),
        info.StartTime,
        info.EndTime,
        info.ArtifactUri ?? "",
        info.LifecycleStage ?? LifecycleStages.Active);

    public static TrackedRun ToModel(WireRun run) => new(
        ToModel(run.Info),
        run.Data?.Metrics?.Select(ToModel).ToList() ?? [],
        run.Data?.Params?.Select(param => new RunParameter(param.Key, param.Value)).ToList() ?? [],
        run.Data?.Tags?.Select(tag => new RunTag(tag.Key, tag.Value)).ToList() ?? []);

    public static MetricPoint ToModel(WireMetric metric) =>
        new(metric.Key, metric.Value, metric.Timestamp, metric.Step);

    public static WireMetric ToWire(MetricPoint metric) => new(metric.Key, metric.Value, metric.Timestamp, metric.Step);

    public static string ToWire(RunStatus status) => status.ToString().ToUpperInvariant();

    private static RunStatus ParseStatus(string status) =>
        Enum.TryParse<RunStatus>(status, ignoreCase: true, out var parsed)
            ? parsed
            : throw new TrackingException($"The server reported an unknown run status '{status}'.",
                MlflowErrorCodes.InvalidParameterValue);
}
