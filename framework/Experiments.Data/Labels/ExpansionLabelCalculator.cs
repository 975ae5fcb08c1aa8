using Experiments.Contracts.Preprocessing;
using Experiments.Imaging.Nifti;

namespace Experiments.Data.Labels;

/// <summary>
/// Reads a case's two masks and applies the paper's rule. Each mask's volume uses its own grid:
/// a follow-up scan need not share the baseline's geometry.
/// </summary>
public sealed class ExpansionLabelCalculator(NiftiReader reader)
{
    public ExpansionLabelRow Compute(ExpansionLabelInput input)
    {
        var baselineMl = HematomaVolume.Millilitres(reader.ReadVolume(input.BaselineMaskPath));
        var followupMl = HematomaVolume.Millilitres(reader.ReadVolume(input.FollowupMaskPath));
        if (baselineMl == 0)
        {
            throw new CaseException(input.Id,
                $"the baseline mask '{input.BaselineMaskPath}' is empty; expected at least one hematoma voxel " +
                "(value >= 0.5) to measure growth against.");
        }

        return new ExpansionLabelRow(input.Id, ExpansionRule.Assess(baselineMl, followupMl), input.RecordedLabel);
    }
}
