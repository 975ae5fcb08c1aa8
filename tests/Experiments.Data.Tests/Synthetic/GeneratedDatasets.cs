using Experiments.Data.Datasets;
using Experiments.Data.Synthetic;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>Small generated datasets (64 x 64 in-plane) for end-to-end tests.</summary>
internal static class GeneratedDatasets
{
    public const int Matrix = 64;

    public static DatasetFile Generate(string folder, int cases, ulong seed = SyntheticCases.Seed) =>
        new SyntheticDatasetGenerator(NullLogger<SyntheticDatasetGenerator>.Instance)
            .Generate(new SyntheticDatasetOptions(folder, cases, seed, Matrix));

    public static SyntheticCaseSpec SpecOf(DatasetCase item, ulong seed = SyntheticCases.Seed) =>
        SyntheticCaseSampler.Sample(seed, int.Parse(item.Id["synth-".Length..]) - 1, Matrix, new ExpansionRiskModel());
}
