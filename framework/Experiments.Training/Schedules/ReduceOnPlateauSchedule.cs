namespace Experiments.Training.Schedules;

/// <summary>The state machine behind <see cref="ReduceOnPlateauSettings"/>.</summary>
internal sealed class ReduceOnPlateauSchedule(ReduceOnPlateauSettings settings, double rate) : LearningRateSchedule
{
    private const string RateKey = "rate";
    private const string BestKey = "best";
    private const string BadEpochsKey = "bad_epochs";

    private double _rate = rate;
    private double _best = settings.Mode == PlateauMode.Min ? double.PositiveInfinity : double.NegativeInfinity;
    private int _badEpochs;

    public override double LearningRateAt(TrainingClock clock) => _rate;

    public override void EpochCompleted(int epoch, IReadOnlyDictionary<string, double> metrics)
    {
        if (!metrics.TryGetValue(settings.Monitor, out var value))
        {
            throw new KeyNotFoundException(
                $"schedule.monitor '{settings.Monitor}' is not an epoch metric; epoch {epoch} reported: " +
                string.Join(", ", metrics.Keys.Order()));
        }

        if (IsImprovement(value))
        {
            _best = value;
            _badEpochs = 0;
            return;
        }

        _badEpochs++;
        if (_badEpochs > settings.Patience)
        {
            _rate = Math.Max(_rate * settings.Factor, settings.MinimumLearningRate);
            _badEpochs = 0;
        }
    }

    public override IReadOnlyDictionary<string, double> SaveState() => new Dictionary<string, double>
    {
        [RateKey] = _rate,
        [BestKey] = _best,
        [BadEpochsKey] = _badEpochs,
    };

    public override void RestoreState(IReadOnlyDictionary<string, double> state)
    {
        _rate = state[RateKey];
        _best = state[BestKey];
        _badEpochs = (int)state[BadEpochsKey];
    }

    private bool IsImprovement(double value) => settings.Mode == PlateauMode.Min
        ? value < _best * (1 - settings.Threshold)
        : value > _best * (1 + settings.Threshold);
}
