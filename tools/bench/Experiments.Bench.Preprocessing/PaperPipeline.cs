using Experiments.Contracts.Components;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Preprocessing.Normalisation;
using Experiments.Plugins.Preprocessing.Resampling;
using Experiments.Plugins.Preprocessing.SeriesToVolume;
using Experiments.Plugins.Preprocessing.SkullStripping;
using Experiments.Plugins.Preprocessing.Windowing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Bench.Preprocessing;

/// <summary>The paper's five steps with the default experiment's settings.</summary>
internal static class PaperPipeline
{
    public static IReadOnlyList<PipelineStep> Steps()
    {
        var context = new ComponentContext(NullLoggerFactory.Instance, 42);
        var series = new SeriesToVolumeOptions();
        var strip = new SkullStripOptions();
        var resample = new ResampleOptions();
        var window = new WindowOptions();
        var zscore = new ZScoreOptions();
        return
        [
            PipelineStep.For(new SeriesToVolumePreprocessor(series, context), series),
            PipelineStep.For(new OtsuSkullStripper(strip, context), strip),
            PipelineStep.For(new ResamplePreprocessor(resample, context), resample),
            PipelineStep.For(new WindowPreprocessor(window), window),
            PipelineStep.For(new ZScorePreprocessor(zscore), zscore),
        ];
    }
}
