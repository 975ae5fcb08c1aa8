namespace Experiments.Training.Loop;

/// <summary>A loss became NaN or infinite; the step was not applied.</summary>
public sealed class NonFiniteLossException(long step, int epoch, string losses)
    : Exception($"The loss is not finite at step {step} (epoch {epoch}): {losses}. The step was not applied; " +
                "the last checkpoint holds the weights before it. Lower the learning rate or check the inputs.")
{
    public long Step { get; } = step;
}
