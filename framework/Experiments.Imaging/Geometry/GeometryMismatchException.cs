namespace Experiments.Imaging.Geometry;

/// <summary>Two volumes of one case (an image and its mask) that do not lie on the same voxel grid.</summary>
public sealed class GeometryMismatchException(string caseId, string message) : Exception(message)
{
    public string CaseId { get; } = caseId;
}
