namespace Experiments.Imaging.Tests.Nifti;

internal static class MatrixAssert
{
    public static void Near(double[,] expected, double[,] actual, double tolerance, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var r = 0; r < expected.GetLength(0); r++)
        {
            for (var c = 0; c < expected.GetLength(1); c++)
            {
                Assert.True(Math.Abs(expected[r, c] - actual[r, c]) <= tolerance,
                    $"{what}[{r},{c}]: expected {expected[r, c]}, got {actual[r, c]} (tolerance {tolerance}).");
            }
        }
    }

    public static void Near(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{what}[{i}]: expected {expected[i]}, got {actual[i]} (tolerance {tolerance}).");
        }
    }

    /// <summary>Relative closeness for value statistics, whose magnitudes range from 1e-4 to 3e4.</summary>
    public static void Relative(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)),
            $"{what}: expected {expected}, got {actual} (relative tolerance {relative}).");
}
