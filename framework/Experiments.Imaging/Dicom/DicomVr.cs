namespace Experiments.Imaging.Dicom;

/// <summary>A two-letter DICOM value representation, stored as its two ASCII bytes.</summary>
public readonly record struct DicomVr(ushort Code)
{
    public static readonly DicomVr AE = Of("AE");
    public static readonly DicomVr CS = Of("CS");
    public static readonly DicomVr DA = Of("DA");
    public static readonly DicomVr DS = Of("DS");
    public static readonly DicomVr FD = Of("FD");
    public static readonly DicomVr FL = Of("FL");
    public static readonly DicomVr IS = Of("IS");
    public static readonly DicomVr LO = Of("LO");
    public static readonly DicomVr OB = Of("OB");
    public static readonly DicomVr OW = Of("OW");
    public static readonly DicomVr PN = Of("PN");
    public static readonly DicomVr SH = Of("SH");
    public static readonly DicomVr SL = Of("SL");
    public static readonly DicomVr SQ = Of("SQ");
    public static readonly DicomVr SS = Of("SS");
    public static readonly DicomVr TM = Of("TM");
    public static readonly DicomVr UI = Of("UI");
    public static readonly DicomVr UL = Of("UL");
    public static readonly DicomVr UN = Of("UN");
    public static readonly DicomVr US = Of("US");

    /// <summary>VRs whose explicit encoding has two reserved bytes and a 32-bit length (PS3.5 7.1.2).</summary>
    private static readonly HashSet<ushort> LongLengthVrs =
    [
        .. new[] { "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" }
            .Select(vr => Of(vr).Code),
    ];

    public static DicomVr Of(string text) =>
        text.Length == 2 ? new DicomVr((ushort)((text[0] << 8) | text[1]))
            : throw new ArgumentException($"A VR has two letters, got '{text}'.", nameof(text));

    public static DicomVr FromBytes(byte first, byte second) => new((ushort)((first << 8) | second));

    public byte First => (byte)(Code >> 8);

    public byte Second => (byte)Code;

    /// <summary>True when both bytes are upper-case letters, as every defined VR is.</summary>
    public bool IsWellFormed => First is >= (byte)'A' and <= (byte)'Z' && Second is >= (byte)'A' and <= (byte)'Z';

    public bool HasLongLength => LongLengthVrs.Contains(Code);

    /// <summary>Text VRs are padded with a space to an even length, UI and binary VRs with a zero byte.</summary>
    public byte PaddingByte => this == UI || this == OB || this == UN ? (byte)0 : (byte)' ';

    public override string ToString() => string.Concat((char)First, (char)Second);
}
