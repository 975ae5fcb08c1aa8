using Experiments.Data.Datasets;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Runner.Setup;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Evaluation;

/// <summary>
/// What <c>experiments evaluate</c> needs from an experiment file: its components built afresh,
/// the chosen list of the dataset preprocessed (from the cache when it is warm), the BAT score
/// baseline and a writer of predicted masks on the original scans' grids.
/// </summary>
public sealed class ExperimentEvaluationInputs(ILoggerFactory loggers) : IEvaluationInputsLoader
{
    public EvaluationInputs Load(string experimentFile, string setName)
    {
        var experiment = new ExperimentSetup(loggers).Prepare(experimentFile, []).PreparedOrThrow();

        var config = experiment.Experiment.Config;
        if (!Enum.TryParse<DatasetListName>(setName, ignoreCase: true, out var list))
        {
            throw new ArgumentException(
                $"--split '{setName}' is not a dataset list; expected training, validation or test.");
        }

        var dataset = DatasetLoader.Load(config.Data.Dataset);
        var cases = dataset.List(list);
        if (cases.Count == 0)
        {
            throw new ArgumentException(
                $"The dataset '{config.Data.Dataset}' has no {setName} cases (training {dataset.Training.Count}, " +
                $"validation {dataset.Validation.Count}, test {dataset.Test.Count}); pick another with --split.");
        }

        var prepared = new CasePreparation(loggers).PrepareListsAsync(
                [(setName, cases)], config.Data.Cache, ExperimentParts.PipelineSteps(experiment),
                ExperimentParts.ClassificationLabel(config), null, CancellationToken.None)
            .GetAwaiter().GetResult()[0];
        var tasks = TaskTranslation.ToTasks(config.Tasks, DatasetCaseSource.HematomaMask);
        var scans = prepared.Cases.ToDictionary(c => c.Id, c => c.ImagePath);
        var output = Path.Combine(Path.GetFullPath(config.Training.Checkpointing.Folder), $"predictions-{setName}");
        return new EvaluationInputs(
            experiment.Components.Architecture.Build(inputChannels: 1), tasks, new InMemorySampleSet(prepared.Samples),
            setName)
        {
            Threshold = config.Evaluation.Threshold,
            Device = TrainingSetupFactory.DeviceOf(config.Training.Device),
            Baseline = BatBaseline.For(tasks, prepared.Cases),
            MaskWriter = new OriginalGeometryMaskWriter(
                output, prepared.Grids, id => DatasetCaseSource.ReadScan(scans[id], id, loggers)),
        };
    }
}
