namespace Experiments.Imaging.Geometry;

/// <summary>A 3 x 3 matrix held as its three columns (the voxel axes of an affine's linear part).</summary>
public readonly record struct Matrix3x3(Vector3D Column0, Vector3D Column1, Vector3D Column2)
{
    public static Matrix3x3 Identity => new(new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    /// <summary>The linear part of a 4 x 4 (or 3 x 4) affine, row major.</summary>
    public static Matrix3x3 FromAffine(double[,] affine) => new(
        new Vector3D(affine[0, 0], affine[1, 0], affine[2, 0]),
        new Vector3D(affine[0, 1], affine[1, 1], affine[2, 1]),
        new Vector3D(affine[0, 2], affine[1, 2], affine[2, 2]));

    public double Determinant => Column0.Dot(Column1.Cross(Column2));

    public bool IsFinite => new[] { Column0, Column1, Column2 }
        .All(c => double.IsFinite(c.X) && double.IsFinite(c.Y) && double.IsFinite(c.Z));

    public Vector3D Column(int index) => index switch
    {
        0 => Column0,
        1 => Column1,
        2 => Column2,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A 3 x 3 matrix has columns 0 to 2."),
    };

    public double this[int row, int column] => Component(Column(column), row);

    public static Vector3D operator *(Matrix3x3 m, Vector3D v) => m.Column0 * v.X + m.Column1 * v.Y + m.Column2 * v.Z;

    public Matrix3x3 Inverse()
    {
        var det = Determinant;
        if (det == 0 || !double.IsFinite(det))
        {
            throw new InvalidOperationException($"The matrix {this} is singular and has no inverse.");
        }

        // The rows of the inverse are the pairwise cross products of the columns over the determinant.
        var row0 = Column1.Cross(Column2) * (1 / det);
        var row1 = Column2.Cross(Column0) * (1 / det);
        var row2 = Column0.Cross(Column1) * (1 / det);
        return new Matrix3x3(
            new Vector3D(row0.X, row1.X, row2.X),
            new Vector3D(row0.Y, row1.Y, row2.Y),
            new Vector3D(row0.Z, row1.Z, row2.Z));
    }

    /// <summary>
    /// The orthogonal matrix closest to this one in the Frobenius norm (the polar factor), found by
    /// Newton's iteration X = (X + X^-T) / 2; its determinant has this matrix's sign.
    /// </summary>
    public Matrix3x3 NearestOrthogonal()
    {
        var x = this;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var det = x.Determinant;
            if (det == 0 || !double.IsFinite(det))
            {
                throw new InvalidOperationException($"The matrix {this} is singular; it has no nearest rotation.");
            }

            // The columns of X^-T are the pairwise cross products of X's columns over det(X).
            var next = new Matrix3x3(
                (x.Column0 + x.Column1.Cross(x.Column2) * (1 / det)) * 0.5,
                (x.Column1 + x.Column2.Cross(x.Column0) * (1 / det)) * 0.5,
                (x.Column2 + x.Column0.Cross(x.Column1) * (1 / det)) * 0.5);
            var change = (next.Column0 - x.Column0).Length + (next.Column1 - x.Column1).Length +
                         (next.Column2 - x.Column2).Length;
            x = next;
            if (change < 1e-15)
            {
                break;
            }
        }

        return x;
    }

    public override string ToString() => $"[{Column0}, {Column1}, {Column2}] (columns)";

    private static double Component(Vector3D v, int index) => index switch
    {
        0 => v.X,
        1 => v.Y,
        2 => v.Z,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A 3 x 3 matrix has rows 0 to 2."),
    };
}
