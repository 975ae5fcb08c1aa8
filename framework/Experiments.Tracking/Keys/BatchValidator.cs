using Experiments.Tracking.Model;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Keys;

/// <summary>
/// Checks a batch before it leaves the process. Bad names are refused (listed in the result, never
/// sent); values past MLflow's limits are shortened with a logged warning, because the server would
/// cut them silently; secrets are redacted with a warning that names the key, never the value.
/// </summary>
public sealed class BatchValidator(SecretGuard secrets, ILogger logger)
{
    // A training run logs the same few keys at every step; checking each once keeps validation off the hot path.
    private const int AcceptedKeysRemembered = 10_000;
    private readonly HashSet<string> _acceptedKeys = new(StringComparer.Ordinal);

    public ValidatedBatch Validate(LogBatch batch)
    {
        var refusals = new List<string>();
        var metrics = batch.Metrics.Where(metric => Accept("metric", metric.Key, refusals)).ToList();
        var parameters = batch.Params
            .Where(parameter => Accept("param", parameter.Key, refusals))
            .Select(parameter => parameter with
            {
                Value = Clean("param", parameter.Key, parameter.Value, TrackingLimits.MaxParamValueLength),
            })
            .ToList();
        var tags = batch.Tags
            .Where(tag => Accept("tag", tag.Key, refusals))
            .Select(tag => tag with { Value = Clean("tag", tag.Key, tag.Value, TrackingLimits.MaxTagValueLength) })
            .ToList();
        return new ValidatedBatch(new LogBatch(metrics, parameters, tags), refusals);
    }

    private bool Accept(string kind, string key, List<string> refusals)
    {
        lock (_acceptedKeys)
        {
            if (_acceptedKeys.Contains(key))
            {
                return true;
            }
        }

        var problem = KeyRules.FindProblem(key);
        if (problem is null)
        {
            lock (_acceptedKeys)
            {
                if (_acceptedKeys.Count < AcceptedKeysRemembered)
                {
                    _acceptedKeys.Add(key);
                }
            }

            return true;
        }

        refusals.Add($"{kind} '{key}' refused: {problem}");
        return false;
    }

    private string Clean(string kind, string key, string value, int maxLength)
    {
        if (secrets.MustRedact(key, value))
        {
            logger.LogWarning("The {Kind} {Key} looks like a secret; its value is stored as {Redacted}",
                kind, key, SecretGuard.RedactedValue);
            return SecretGuard.RedactedValue;
        }

        if (value.Length <= maxLength)
        {
            return value;
        }

        logger.LogWarning(
            "The {Kind} {Key} has {Length} characters; MLflow keeps at most {Limit}, so it is shortened to that",
            kind, key, value.Length, maxLength);
        return value[..maxLength];
    }
}
