using Experiments.Data.Datasets;
using Experiments.Data.Labels;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The synthetic chance of expansion: logistic in the BAT score, so the markers drawn in the
/// image and the onset time carry the signal the clinical score carries. With the defaults the
/// chance rises from 8 % at BAT 0 to 84 % at BAT 5 (prevalence near the paper's quarter).
/// </summary>
public sealed record ExpansionRiskModel(double Intercept = -2.4, double PerBatPoint = 0.8)
{
    public double Probability(NcctMarkers markers, double onsetToCtHours)
    {
        var logit = Intercept + PerBatPoint * BatScore.Compute(markers, onsetToCtHours);
        return 1 / (1 + Math.Exp(-logit));
    }
}
