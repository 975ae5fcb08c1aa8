using Experiments.Data.Labels;
using Experiments.Imaging;

namespace Experiments.Data.Synthetic;

/// <summary>
/// A rendered synthetic case: the CT in Hounsfield units (whole numbers, as stored), the
/// baseline and 24 h hematoma masks (0/1) on the same grid, and the expansion assessment
/// computed from the two masks by the paper's rule.
/// </summary>
public sealed record RenderedCase(
    SyntheticCaseSpec Spec, Volume Image, Volume Hematoma, Volume FollowupHematoma, ExpansionAssessment Expansion);
