using Experiments.Data.Datasets;

namespace Experiments.Data.Tests.Datasets;

public class KFoldSplitterTests
{
    private static readonly IReadOnlyList<DatasetCase> Cases = Enumerable.Range(0, 23)
        .Select(i => new DatasetCase(
            $"case{i:D2}", "/ct", "/mask", null, Expansion: i % 3 == 0, ClinicalFields.Unknown))
        .ToList();

    [Fact]
    public void Held_out_folds_are_disjoint_and_cover_every_case_once()
    {
        var folds = KFoldSplitter.Split(Cases, 5, seed: 7);

        var heldOut = folds.SelectMany(fold => fold.Validation.Select(c => c.Id)).ToList();
        Assert.Equal(Cases.Count, heldOut.Count);
        Assert.Equal(Cases.Select(c => c.Id).Order(), heldOut.Order());
        foreach (var fold in folds)
        {
            Assert.Empty(fold.Training.Intersect(fold.Validation));
            Assert.Equal(Cases.Count, fold.Training.Count + fold.Validation.Count);
        }
    }

    [Fact]
    public void Every_fold_gets_its_share_of_expansions_and_sizes_differ_by_at_most_one()
    {
        var folds = KFoldSplitter.Split(Cases, 5, seed: 7);

        var positives = folds.Select(fold => fold.Validation.Count(c => c.Expansion)).ToList();
        var sizes = folds.Select(fold => fold.Validation.Count).ToList();
        Assert.Equal(8, positives.Sum());
        Assert.True(positives.Max() - positives.Min() <= 1, string.Join(",", positives));
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(",", sizes));
    }

    [Fact]
    public void Same_seed_gives_same_folds_and_another_seed_other_folds()
    {
        string Signature(int seed) => string.Join("|", KFoldSplitter.Split(Cases, 4, seed)
            .Select(fold => string.Join(",", fold.Validation.Select(c => c.Id))));

        Assert.Equal(Signature(11), Signature(11));
        Assert.NotEqual(Signature(11), Signature(12));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(24)]
    public void Fold_counts_outside_two_to_case_count_are_refused(int folds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KFoldSplitter.Split(Cases, folds, 1));

        Assert.Contains("needs k between 2 and 23", error.Message);
    }
}
