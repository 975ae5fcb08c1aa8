using Experiments.Tracking.FileStore;

namespace Experiments.Tracking.Tests.FileStore;

public sealed class YamlScalarTests
{
    // Expected strings are what PyYAML's safe_dump writes for each string value.
    [Theory]
    [InlineData("handcrafted-run", "handcrafted-run")]
    [InlineData("424242", "'424242'")]
    [InlineData("", "''")]
    [InlineData("true", "'true'")]
    [InlineData("null", "'null'")]
    [InlineData("1.5", "'1.5'")]
    [InlineData("2024-01-02", "'2024-01-02'")]
    [InlineData("a: b", "'a: b'")]
    [InlineData("it's", "it's")]
    [InlineData("#x", "'#x'")]
    [InlineData("file:///srv/mlflow/mlruns/0", "file:///srv/mlflow/mlruns/0")]
    public void Writes_scalars_as_pyyaml_does(string value, string expected)
    {
        Assert.Equal(expected, YamlScalar.Write(value));
        Assert.Equal(value, YamlScalar.Read(expected));
    }

    [Fact]
    public void A_value_with_a_line_break_reads_back_unchanged() =>
        Assert.Equal("a\nb 'c'", YamlScalar.Read(YamlScalar.Write("a\nb 'c'")));
}
