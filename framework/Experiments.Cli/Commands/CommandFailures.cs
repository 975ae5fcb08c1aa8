using Experiments.Cli.Infrastructure;
using Experiments.Data.Datasets;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>
/// Runs a command body and turns the errors bad input causes into a one-line message and an exit
/// code, never a stack trace. Errors not listed here are bugs and keep their stack trace.
/// </summary>
public static class CommandFailures
{
    public static int Run(IAnsiConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (IsInputFailure(error))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return ExitCodes.RunFailed;
        }
    }

    /// <summary>Prints a usage error (a wrong path or option) and returns its exit code.</summary>
    public static int Usage(IAnsiConsole console, string message)
    {
        console.MarkupLineInterpolated($"[red]usage error:[/] {message}");
        return ExitCodes.InvalidInput;
    }

    private static bool IsInputFailure(Exception error) => error is IOException or InvalidDataException
        or NotSupportedException or UnauthorizedAccessException or GeometryMismatchException
        or NiftiFormatException or DicomFormatException or DicomSeriesException or DatasetFileException;
}
