namespace Experiments.Training.Evaluation;

/// <summary>Builds <see cref="EvaluationInputs"/> from an experiment file (configuration and plugins).</summary>
public interface IEvaluationInputsLoader
{
    /// <param name="setName">The data split to evaluate, e.g. <c>validation</c> or <c>test</c>.</param>
    EvaluationInputs Load(string experimentFile, string setName);
}
