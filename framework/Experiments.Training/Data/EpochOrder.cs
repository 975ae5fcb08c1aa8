using Experiments.Training.Randomness;

namespace Experiments.Training.Data;

/// <summary>
/// The order one epoch visits its items: every case <c>multiplier</c> times (one augmented variant
/// each), shuffled by a generator derived from the seed and the epoch alone, so a resumed run
/// rebuilds the same order and continues at the saved position.
/// </summary>
public static class EpochOrder
{
    public static int[] Build(long seed, int epoch, int caseCount, int multiplier)
    {
        var order = new int[caseCount * multiplier];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i % caseCount;
        }

        var random = Xoshiro256Random.For(seed, RandomStream.EpochOrder, epoch);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
