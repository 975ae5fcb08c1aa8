using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;
using Experiments.Plugins.Hosting;
using Experiments.Sweeps.Definition;
using Experiments.Sweeps.Plan;
using Experiments.Sweeps.Running;

namespace Experiments.Runner.Sweeps;

/// <summary>
/// Reads an experiment file's <c>sweep:</c> block and validates every trial before the first one
/// starts. A problem caused by a trial's setting (an unknown key, a wrong value) is reported at
/// that setting's line in the sweep block, not at the command line the trial would be run with.
/// </summary>
public sealed class SweepPreparation(ExperimentSetup setup)
{
    public PreparedSweep Prepare(string experimentFile)
    {
        var definition = SweepParser.ParseFile(experimentFile) ?? throw new SweepDefinitionException(
            [new SweepProblem(new SourceLocation(experimentFile, 1, 1), "sweep",
                "the file has no sweep: block; add one with trials, grid, paired, random or folds")]);
        var plan = definition.ToPlan();
        var problems = new List<ConfigProblem>();
        var trials = new List<PlannedTrial>();
        ExperimentConfig? first = null;
        foreach (var trial in plan.Trials)
        {
            var result = setup.Prepare(experimentFile, trial.CommandLineSettings);
            if (result.Prepared is { } prepared)
            {
                trials.Add(new PlannedTrial(trial, TrialHash.Of(prepared.Experiment.ToYaml())));
                first ??= prepared.Experiment.Config;
            }
            else
            {
                problems.AddRange(result.Problems.Select(p => Relocate(p, trial)).Where(p => !problems.Contains(p)));
            }
        }

        return new PreparedSweep(definition, plan, trials, problems, first);
    }

    private static ConfigProblem Relocate(ConfigProblem problem, Trial trial)
    {
        if (problem.Location.IsFile)
        {
            return problem;
        }

        var setting = trial.Overrides.FirstOrDefault(
            o => problem.Location.Source == SourceLocation.OverrideSourcePrefix + o.ToCommandLine());
        return setting is null
            ? problem
            : problem with { Location = setting.Location, Message = $"trial '{trial.Name}': {problem.Message}" };
    }
}
