using Experiments.Tracking.FileStore;

namespace Experiments.Tracking.Tests.FileStore;

public sealed class PythonFloatFormatTests
{
    // Expected strings are what CPython 3 prints for str(float(x)).
    [Theory]
    [InlineData(0.875, "0.875")]
    [InlineData(2.0, "2.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123.456, "123.456")]
    [InlineData(5e-324, "5e-324")]
    public void Formats_like_python_str(double value, string expected)
    {
        Assert.Equal(expected, PythonFloatFormat.Format(value));
        Assert.Equal(value, PythonFloatFormat.Parse(expected));
    }
}
