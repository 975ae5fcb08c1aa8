using System.Text.Json;

namespace Experiments.Preprocessing.Tests;

/// <summary>Values computed once with scikit-image 0.19.3 / SciPy 1.10.1 (Debian 12) and committed.</summary>
internal static class ExpectedValues
{
    public static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", name))).RootElement;
}
