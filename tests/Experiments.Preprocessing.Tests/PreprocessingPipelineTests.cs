using Experiments.Contracts.Preprocessing;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Preprocessing.Normalisation;
using Experiments.Plugins.Preprocessing.Windowing;
using Experiments.Testing;

namespace Experiments.Preprocessing.Tests;

public sealed class PreprocessingPipelineTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_second_run_reads_the_cached_result_without_running_any_step()
    {
        var source = new PhantomSource(_folder.Path, SyntheticHead.Case());
        var first = Pipeline(PaperSteps()).Process(source);

        var second = Pipeline(PaperSteps()).Process(source);

        Assert.Equal((0, 5), (first.StepsFromCache, first.StepsComputed));
        Assert.Equal((5, 0), (second.StepsFromCache, second.StepsComputed));
        Assert.Equal(1, source.Loads);
        AssertSameCase(first.Case, second.Case);
    }

    [Fact]
    public void A_changed_window_recomputes_from_the_window_on()
    {
        var source = new PhantomSource(_folder.Path, SyntheticHead.Case());
        Pipeline(PaperSteps()).Process(source);
        var changed = PaperSteps(windowMax: 80);

        var rerun = Pipeline(changed).Process(source);

        Assert.Equal((3, 2), (rerun.StepsFromCache, rerun.StepsComputed));
        var uncached = new PreprocessingPipeline(changed, ["hematoma"], cacheFolder: null).Process(source);
        AssertSameCase(uncached.Case, rerun.Case);
    }

    [Fact]
    public void Changed_input_content_recomputes_every_step()
    {
        var source = new PhantomSource(_folder.Path, SyntheticHead.Case());
        Pipeline(PaperSteps()).Process(source);
        File.AppendAllText(source.InputFiles[0], "x");

        var rerun = Pipeline(PaperSteps()).Process(source);

        Assert.Equal((0, 5), (rerun.StepsFromCache, rerun.StepsComputed));
    }

    [Fact]
    public async Task Running_a_dataset_reports_every_case_and_collects_failures_by_name()
    {
        var good = new PhantomSource(_folder.Path, SyntheticHead.Case("good-01"));
        var flat = SyntheticHead.Case("flat-02");
        var empty = flat.Image.WithVoxels(new float[flat.Image.Voxels.Length]);
        var bad = new PhantomSource(_folder.Path, flat.WithImage(empty));
        var reports = new List<PreprocessingProgress>();

        var summary = await Pipeline(PaperSteps()).RunAsync([good, bad], new CollectingProgress(reports));

        Assert.Equal(2, reports.Count);
        Assert.Equal([1, 2], reports.Select(r => r.Completed).Order());
        Assert.Equal(CaseOutcome.Failed, reports.Single(r => r.CaseId == "flat-02").Outcome);
        Assert.Equal(1, summary.Computed);
        Assert.Equal("flat-02", Assert.Single(summary.Failures).CaseId);
    }

    [Fact]
    public void A_pipeline_whose_steps_do_not_fit_is_rejected_naming_the_step()
    {
        var zscore = new ZScoreOptions();
        PipelineStep[] steps = [PipelineStep.For(new ZScorePreprocessor(zscore), zscore)];

        var error = Assert.Throws<PipelineException>(() => Pipeline(steps));

        Assert.StartsWith("preprocessing step 1 (zscore): zscore normalises inside the 'brain' mask", error.Message);
    }

    [Fact]
    public void Settings_serialise_canonically_with_sorted_names()
    {
        Assert.Equal("{\"MaxHu\":100,\"MinHu\":0}", CanonicalJson.Serialize(new WindowOptions()));
        Assert.Equal("{\"ClipNegative\":true,\"Region\":\"brain\"}", CanonicalJson.Serialize(new ZScoreOptions()));
    }

    public void Dispose() => _folder.Dispose();

    private PreprocessingPipeline Pipeline(IReadOnlyList<PipelineStep> steps) =>
        new(steps, ["hematoma"], Path.Combine(_folder.Path, "cache"));

    private static PipelineStep[] PaperSteps(double windowMax = 100) =>
        Preprocessors.PaperPipeline()
            .Select(p => p.Options is WindowOptions
                ? PipelineStep.For(new WindowPreprocessor(new WindowOptions { MaxHu = windowMax }),
                    new WindowOptions { MaxHu = windowMax })
                : PipelineStep.For(p.Step, p.Options))
            .ToArray();

    private static void AssertSameCase(ImagingCase expected, ImagingCase actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Image.Size, actual.Image.Size);
        Assert.Equal(expected.Image.Geometry, actual.Image.Geometry);
        Assert.Equal(expected.Image.Voxels, actual.Image.Voxels);
        Assert.Equal(expected.Masks.Keys.Order(), actual.Masks.Keys.Order());
        foreach (var (name, mask) in expected.Masks)
        {
            Assert.Equal(mask.Voxels, actual.Masks[name].Voxels);
        }
    }

    private sealed class CollectingProgress(List<PreprocessingProgress> reports) : IProgress<PreprocessingProgress>
    {
        public void Report(PreprocessingProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
