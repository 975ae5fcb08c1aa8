namespace Experiments.Data.Synthetic;

/// <summary>Mean Hounsfield units of the tissues of one synthetic head.</summary>
public sealed record TissueHu(
    double Air,
    double Scalp,
    double CorticalBone,
    double Diploe,
    double Csf,
    double GreyMatter,
    double WhiteMatter,
    double DeepGreyMatter,
    double Falx);
