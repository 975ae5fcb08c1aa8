namespace Experiments.Data.Datasets;

/// <summary>
/// Derives k folds from one list of cases with a seed. Cases are shuffled within each label and
/// dealt round-robin, the deal continuing across labels, so every fold gets its share of
/// expansions and fold sizes differ by at most one. Same cases, k and seed give the same folds.
/// </summary>
public static class KFoldSplitter
{
    public static IReadOnlyList<DatasetFold> Split(IReadOnlyList<DatasetCase> cases, int folds, int seed)
    {
        if (folds < 2 || folds > cases.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds,
                $"A k-fold split of {cases.Count} cases needs k between 2 and {cases.Count}.");
        }

        var random = new SplitMix64((ulong)seed);
        var assignment = new int[cases.Count];
        var next = 0;
        foreach (var label in new[] { true, false })
        {
            var indices = Enumerable.Range(0, cases.Count).Where(i => cases[i].Expansion == label).ToArray();
            random.Shuffle(indices);
            foreach (var index in indices)
            {
                assignment[index] = next;
                next = (next + 1) % folds;
            }
        }

        return Enumerable.Range(0, folds)
            .Select(fold => new DatasetFold(
                fold,
                cases.Where((_, i) => assignment[i] != fold).ToList(),
                cases.Where((_, i) => assignment[i] == fold).ToList()))
            .ToList();
    }
}
