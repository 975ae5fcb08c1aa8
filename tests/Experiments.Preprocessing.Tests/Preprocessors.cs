using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Plugins.Preprocessing.Normalisation;
using Experiments.Plugins.Preprocessing.Resampling;
using Experiments.Plugins.Preprocessing.SeriesToVolume;
using Experiments.Plugins.Preprocessing.SkullStripping;
using Experiments.Plugins.Preprocessing.Windowing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Preprocessing.Tests;

/// <summary>Every preprocessor of the plugin, configured as the paper's pipeline (smaller grid).</summary>
internal static class Preprocessors
{
    public static readonly ComponentContext Context = new(NullLoggerFactory.Instance, 42);

    public static ResampleOptions SmallResample() => new() { FieldOfViewMm = [112, 112, 160], Matrix = [64, 64, 16] };

    public static IReadOnlyList<(IPreprocessor Step, object Options)> PaperPipeline()
    {
        var series = new SeriesToVolumeOptions();
        var strip = new SkullStripOptions();
        var resample = SmallResample();
        var window = new WindowOptions();
        var zscore = new ZScoreOptions();
        return
        [
            (new SeriesToVolumePreprocessor(series, Context), series),
            (new OtsuSkullStripper(strip, Context), strip),
            (new ResamplePreprocessor(resample, Context), resample),
            (new WindowPreprocessor(window), window),
            (new ZScorePreprocessor(zscore), zscore),
        ];
    }

    /// <summary>Each step with the case it receives in the paper's pipeline.</summary>
    public static TheoryData<string> Names => new(PaperPipeline().Select(p => p.Step.GetType().Name));

    public static (IPreprocessor Step, ImagingCase Input) WithInput(string typeName)
    {
        var pipeline = PaperPipeline();
        var input = SyntheticHead.Case();
        foreach (var (step, _) in pipeline)
        {
            if (step.GetType().Name == typeName)
            {
                return (step, input);
            }

            input = step.Apply(input);
        }

        throw new ArgumentException($"No preprocessor {typeName}.");
    }
}
