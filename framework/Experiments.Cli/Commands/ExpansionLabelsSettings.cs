using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>Arguments of <c>experiments data expansion-labels</c>.</summary>
public sealed class ExpansionLabelsSettings : CommonSettings
{
    [CommandArgument(0, "<DATASET_OR_FOLDER>")]
    [Description("A dataset.json whose cases name follow-up masks, or a folder with baseline/ and followup/ " +
                 "subfolders of NIfTI masks with matching names.")]
    public string Source { get; init; } = "";

    [CommandOption("--out <CSV>")]
    [Description("The CSV file to write.")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        return string.IsNullOrWhiteSpace(Output)
            ? ValidationResult.Error("--out is required: the CSV file to write the labels to.")
            : ValidationResult.Success();
    }
}
