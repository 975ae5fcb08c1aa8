using Experiments.Contracts.Preprocessing;

namespace Experiments.Bench.Preprocessing;

/// <summary>How closely the C# result matches the Python peer's on the same input.</summary>
internal static class Agreement
{
    public static void Report(ImagingCase ours, string peerPrefix)
    {
        var image = File.ReadAllBytes(peerPrefix + ".image.f32");
        var theirs = new float[image.Length / 4];
        Buffer.BlockCopy(image, 0, theirs, 0, image.Length);
        var theirMask = File.ReadAllBytes(peerPrefix + ".brain.u8");
        var ourMask = ours.Masks[ImagingCase.BrainMask].Voxels;

        double both = 0, sum = 0, maxDifference = 0, totalDifference = 0;
        for (var n = 0; n < theirs.Length; n++)
        {
            var a = ourMask[n] > 0.5f;
            var b = theirMask[n] == 1;
            both += a && b ? 1 : 0;
            sum += (a ? 1 : 0) + (b ? 1 : 0);
            var difference = Math.Abs(ours.Image.Voxels[n] - theirs[n]);
            maxDifference = Math.Max(maxDifference, difference);
            totalDifference += difference;
        }

        Console.WriteLine($"\nAgreement with Python: brain mask Dice {2 * both / sum:F4}, final image |difference| " +
                          $"mean {totalDifference / theirs.Length:G3}, max {maxDifference:G3} (z-score units)");
    }
}
