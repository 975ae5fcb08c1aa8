using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema;

/// <summary>
/// A synthetic head-CT dataset to write when <c>data.dataset</c> does not exist yet, so a first
/// run needs no data of one's own. The dataset file's folder receives the cases.
/// </summary>
public sealed class SyntheticDataConfig
{
    [Description("Number of synthetic cases (split 70/15/15 into training, validation and test).")]
    [Range(3, 10_000)]
    public int Cases { get; set; } = 24;

    [Description("Seed of the generator; one seed gives byte-identical datasets.")]
    public int Seed { get; set; } = 1;

    [Description("In-plane matrix of the DICOM slices (the paper's scanners: 512; 128 is quick).")]
    [Range(32, 1024)]
    public int Matrix { get; set; } = 512;
}
