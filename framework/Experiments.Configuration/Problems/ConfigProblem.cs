using System.Text;
using Experiments.Configuration.Documents;

namespace Experiments.Configuration.Problems;

/// <summary>
/// One mistake in an experiment: where it is (file, line, column and YAML path), what is wrong,
/// the value found, what was expected and, for a misspelt name, the nearest valid one.
/// </summary>
public sealed record ConfigProblem(
    SourceLocation Location,
    string Path,
    string Message,
    string? Found = null,
    string? Expected = null,
    string? Suggestion = null)
{
    /// <summary>The problem as one sentence after its location and path.</summary>
    public string Explanation
    {
        get
        {
            var text = new StringBuilder(Message);
            if (Found is not null)
            {
                text.Append($"; found {Found}");
            }

            if (Expected is not null)
            {
                text.Append($"; expected {Expected}");
            }

            if (Suggestion is not null)
            {
                text.Append($"; did you mean '{Suggestion}'?");
            }

            return text.ToString();
        }
    }

    public override string ToString() =>
        Path.Length == 0 ? $"{Location}: {Explanation}" : $"{Location}: {Path}: {Explanation}";
}
