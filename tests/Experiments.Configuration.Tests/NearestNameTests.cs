using Experiments.Configuration.Problems;

namespace Experiments.Configuration.Tests;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("lerning_rate", "learning_rate", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected) =>
        Assert.Equal(expected, NearestName.Distance(a, b));

    [Fact]
    public void A_name_too_far_from_every_candidate_gets_no_suggestion()
    {
        Assert.Equal("batch_size", NearestName.Find("bacth_size", ["epochs", "batch_size", "device"]));
        Assert.Null(NearestName.Find("model_depth", ["seed", "name"]));
    }
}
