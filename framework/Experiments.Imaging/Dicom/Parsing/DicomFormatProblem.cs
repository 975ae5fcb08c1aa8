namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>What kind of problem stopped a file from being read, so callers can act on it.</summary>
public enum DicomFormatProblem
{
    /// <summary>The file is not DICOM at all (no DICM marker, no plausible dataset start).</summary>
    NotDicom,

    /// <summary>The file ends inside an element or before an element it announces.</summary>
    Truncated,

    /// <summary>The bytes contradict the standard (impossible lengths, unknown VR, stray delimiters).</summary>
    Malformed,

    /// <summary>A required attribute is missing or holds an unusable value.</summary>
    InvalidAttribute,
}
