using System.Globalization;

namespace Experiments.Imaging.Dicom.Writing;

/// <summary>Formats numbers for DS (at most 16 characters) and IS values.</summary>
public static class DecimalStringFormatter
{
    private const int MaxLength = 16;

    /// <summary>The most precise rendering of <paramref name="value"/> that fits a DS value.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"A DICOM decimal string cannot hold {value}.", nameof(value));
        }

        if (Math.Abs(value) < 1e-12)
        {
            return "0";
        }

        for (var digits = 15; digits >= 1; digits--)
        {
            var text = value.ToString("G" + digits, CultureInfo.InvariantCulture);
            if (text.Length <= MaxLength)
            {
                return text;
            }
        }

        throw new ArgumentException($"{value} does not fit a 16-character DICOM decimal string.", nameof(value));
    }

    /// <summary>Several DS values joined with the multi-value separator.</summary>
    public static string Format(params double[] values) => string.Join('\\', values.Select(Format));
}
