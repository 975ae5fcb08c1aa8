namespace Experiments.Training.Augmentation;

internal static class EpochPlan
{
    /// <summary>Every (case, variant) pair once, shuffled with <paramref name="random"/>.</summary>
    public static EpochItem[] Shuffled(int cases, int variants, Random random)
    {
        var items = Enumerable.Range(0, cases)
            .SelectMany(caseIndex => Enumerable.Range(0, variants).Select(variant => new EpochItem(caseIndex, variant)))
            .ToArray();
        random.Shuffle(items);
        return items;
    }
}
