namespace Experiments.Plugins.Preprocessing;

/// <summary>Rejects an option value with its experiment-file name, what was found and what is expected.</summary>
internal static class OptionChecks
{
    public static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Option '{option}' {problem}.", option);
        }
    }
}
