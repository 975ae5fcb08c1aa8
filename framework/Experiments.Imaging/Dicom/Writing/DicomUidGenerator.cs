using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Experiments.Imaging.Dicom.Writing;

/// <summary>
/// Makes UIDs under the 2.25 root (PS3.5 B.2: the decimal value of a UUID). With a seed the
/// UUIDs are name-based (a SHA-256 of seed and purpose, shaped like RFC 4122 version 5) so
/// a dataset written twice from one seed is byte-identical; without one they are random.
/// </summary>
public sealed class DicomUidGenerator
{
    private readonly string? _seed;

    public DicomUidGenerator(string? seed)
    {
        _seed = seed;
    }

    /// <summary>A UID for one purpose, e.g. "study", "series" or "instance/12".</summary>
    public string Create(string purpose)
    {
        Span<byte> uuid = stackalloc byte[16];
        if (_seed is null)
        {
            RandomNumberGenerator.Fill(uuid);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(_seed + "\n" + purpose)).AsSpan(0, 16).CopyTo(uuid);
        }

        uuid[6] = (byte)((uuid[6] & 0x0F) | (_seed is null ? 0x40 : 0x50));
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return "2.25." + new BigInteger(uuid, isUnsigned: true, isBigEndian: true).ToString();
    }
}
