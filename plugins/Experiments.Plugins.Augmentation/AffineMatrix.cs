using Experiments.Contracts.Augmentation;

namespace Experiments.Plugins.Augmentation;

/// <summary>
/// Turns drawn parameters into the map from output to input voxel indices. With c the centre
/// index, D the diagonal of voxel sizes, R the rotation, f the scale and t the shift in mm, an
/// output voxel o is the image of input voxel i = c + D^-1 R^T D (o - c) / f - D^-1 R^T t / f.
/// </summary>
internal static class AffineMatrix
{
    public static AffineResampler IndexToIndex(TrainingSample sample, double[] spacing, AffineParameters transform)
    {
        var size = new double[] { sample.Width, sample.Height, sample.Depth };
        var centre = size.Select(extent => (extent - 1) / 2).ToArray();
        var shift = new[] { transform.TranslationX, transform.TranslationY, transform.TranslationZ }
            .Select((fraction, axis) => fraction * size[axis] * spacing[axis]).ToArray();
        var inverseRotation = Transpose(Rotation(transform));

        var matrix = new double[3, 3];
        var offset = new double[3];
        for (var row = 0; row < 3; row++)
        {
            offset[row] = centre[row];
            for (var column = 0; column < 3; column++)
            {
                matrix[row, column] = inverseRotation[row, column] * spacing[column] / spacing[row] / transform.Scale;
                offset[row] -= matrix[row, column] * centre[column]
                               + inverseRotation[row, column] * shift[column] / spacing[row] / transform.Scale;
            }
        }

        return new AffineResampler(sample.Depth, sample.Height, sample.Width, matrix, offset);
    }

    private static double[,] Rotation(AffineParameters transform)
    {
        var (x, y, z) = (Radians(transform.RotationX), Radians(transform.RotationY), Radians(transform.RotationZ));
        var aboutX = new[,] { { 1, 0, 0 }, { 0, Math.Cos(x), -Math.Sin(x) }, { 0, Math.Sin(x), Math.Cos(x) } };
        var aboutY = new[,] { { Math.Cos(y), 0, Math.Sin(y) }, { 0, 1, 0 }, { -Math.Sin(y), 0, Math.Cos(y) } };
        var aboutZ = new[,] { { Math.Cos(z), -Math.Sin(z), 0 }, { Math.Sin(z), Math.Cos(z), 0 }, { 0, 0, 1 } };
        return Multiply(aboutZ, Multiply(aboutY, aboutX));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double[,] Multiply(double[,] left, double[,] right)
    {
        var product = new double[3, 3];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                for (var inner = 0; inner < 3; inner++)
                {
                    product[row, column] += left[row, inner] * right[inner, column];
                }
            }
        }

        return product;
    }

    private static double[,] Transpose(double[,] matrix)
    {
        var transposed = new double[3, 3];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                transposed[row, column] = matrix[column, row];
            }
        }

        return transposed;
    }
}
