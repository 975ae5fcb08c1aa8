using System.Globalization;

namespace Experiments.Tracking.FileStore;

/// <summary>
/// Formats a double the way Python's <c>str(float)</c> does (<c>0.5</c>, <c>2.0</c>, <c>1e-05</c>,
/// <c>1e+16</c>, <c>nan</c>, <c>inf</c>), which is how MLflow's file store writes metric values.
/// </summary>
public static class PythonFloatFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = value < 0 || double.IsNegative(value) ? "-" : "";
        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        var exponent = pointPosition - 1;
        return sign + (exponent is >= -4 and < 16 ? Fixed(digits, pointPosition) : Scientific(digits, exponent));
    }

    public static double Parse(string text) => text switch
    {
        "nan" or "NaN" => double.NaN,
        "inf" or "Infinity" => double.PositiveInfinity,
        "-inf" or "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>The shortest round-trip digits and where the decimal point sits before them.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double magnitude)
    {
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var dot = mantissa.IndexOf('.');
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var all = integerPart + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var trimmed = all.TrimStart('0');
        var pointPosition = integerPart.Length - (all.Length - trimmed.Length) + exponent;
        return (trimmed.TrimEnd('0'), pointPosition);
    }

    private static string Fixed(string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            return "0." + new string('0', -pointPosition) + digits;
        }

        return pointPosition >= digits.Length
            ? digits + new string('0', pointPosition - digits.Length) + ".0"
            : digits[..pointPosition] + "." + digits[pointPosition..];
    }

    private static string Scientific(string digits, int exponent)
    {
        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        var exponentText = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return $"{mantissa}e{(exponent < 0 ? '-' : '+')}{exponentText}";
    }
}
