using Experiments.Imaging;

namespace Experiments.Contracts.Preprocessing;

/// <summary>
/// One case flowing through preprocessing: its image and its named masks (for example
/// <c>hematoma</c> from the dataset, <c>brain</c> added by skull stripping), all on one grid.
/// </summary>
public sealed record ImagingCase(string Id, Volume Image, IReadOnlyDictionary<string, Volume> Masks)
{
    public const string BrainMask = "brain";

    public ImagingCase WithImage(Volume image) => this with { Image = image };

    public ImagingCase WithMask(string name, Volume mask)
    {
        var masks = new Dictionary<string, Volume>(Masks) { [name] = mask };
        return this with { Masks = masks };
    }

    public Volume RequireMask(string name) =>
        Masks.TryGetValue(name, out var mask)
            ? mask
            : throw new CaseException(Id, $"needs the '{name}' mask, but the case has only: " +
                                          (Masks.Count == 0 ? "no masks" : string.Join(", ", Masks.Keys)));
}
