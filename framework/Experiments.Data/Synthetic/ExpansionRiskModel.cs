using Experiments.Data.Datasets;
using Experiments.Data.Labels;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The synthetic chance of expansion: logistic in the BAT score, so the markers drawn in the
/// image and the onset time carry the signal the clinical score carries. With the defaults the
/// chance rises from 8 % at BAT 0 to 84 % at BAT 5 (prevalence near the paper's quarter).
/// <see cref="PerVolumeDoubling"/> adds the baseline volume, a known predictor of expansion, as
/// log-odds per doubling over <see cref="ReferenceVolumeMl"/> (the sampler's median): a signal a small
/// network learns in minutes, where the markers take far longer (the quickstart uses it; 0 by default).
/// </summary>
public sealed record ExpansionRiskModel(double Intercept = -2.4, double PerBatPoint = 0.8, double PerVolumeDoubling = 0)
{
    public const double ReferenceVolumeMl = 14;

    public double Probability(NcctMarkers markers, double onsetToCtHours, double baselineVolumeMl)
    {
        var logit = Intercept + PerBatPoint * BatScore.Compute(markers, onsetToCtHours)
                    + PerVolumeDoubling * Math.Log2(baselineVolumeMl / ReferenceVolumeMl);
        return 1 / (1 + Math.Exp(-logit));
    }
}
