using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

// Marks chosen ELF version needs (.gnu.version_r entries) weak in native libraries copied to the
// output folder, but only when the system library that should define the version lacks it.
// Example: libLibTorchSharp.so 0.107 needs GLIBCXX_3.4.32 for std::ios_base_library_init, a
// symbol no relocation binds; glibc refuses to load the library on systems whose libstdc++ stops
// at 3.4.30 unless that need is weak. The file is rewritten through a temporary copy and a rename,
// so a hard link into the NuGet cache is broken rather than written through.
public class WeakenMissingVersionNeeds : Task
{
    private const uint SectionTypeVersionNeed = 0x6ffffffe;
    private const ushort VersionFlagWeak = 0x2;

    [Required]
    public ITaskItem[] Libraries { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string[] Versions { get; set; } = Array.Empty<string>();

    [Required]
    public string[] SystemLibraryFolders { get; set; } = Array.Empty<string>();

    public override bool Execute()
    {
        foreach (var library in Libraries)
        {
            var path = library.ItemSpec;
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var weakened = WeakenIn(bytes, path);
            if (weakened.Count == 0)
            {
                continue;
            }

            var temporary = path + ".weakening";
            File.WriteAllBytes(temporary, bytes);
            File.Delete(path);
            File.Move(temporary, path);
            Log.LogMessage(MessageImportance.High,
                $"{Path.GetFileName(path)}: marked {string.Join(", ", weakened)} weak " +
                "(the system library does not define it)");
        }

        return !Log.HasLoggedErrors;
    }

    private List<string> WeakenIn(byte[] elf, string path)
    {
        var weakened = new List<string>();
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[4] != 2 || elf[5] != 1)
        {
            Log.LogWarning($"{path}: not a 64-bit little-endian ELF file; left unchanged");
            return weakened;
        }

        var sectionTable = (long)BitConverter.ToUInt64(elf, 0x28);
        var sectionEntrySize = BitConverter.ToUInt16(elf, 0x3A);
        var sectionCount = BitConverter.ToUInt16(elf, 0x3C);
        for (var index = 0; index < sectionCount; index++)
        {
            var header = sectionTable + (long)index * sectionEntrySize;
            if (BitConverter.ToUInt32(elf, (int)header + 4) != SectionTypeVersionNeed)
            {
                continue;
            }

            var strings = sectionTable + (long)BitConverter.ToUInt32(elf, (int)header + 40) * sectionEntrySize;
            var stringsOffset = (long)BitConverter.ToUInt64(elf, (int)strings + 24);
            var needOffset = (long)BitConverter.ToUInt64(elf, (int)header + 24);
            var needCount = BitConverter.ToUInt32(elf, (int)header + 44);
            WeakenNeeds(elf, needOffset, needCount, stringsOffset, weakened);
        }

        return weakened;
    }

    private void WeakenNeeds(byte[] elf, long need, uint count, long strings, List<string> weakened)
    {
        for (var n = 0; n < count; n++)
        {
            var auxCount = BitConverter.ToUInt16(elf, (int)need + 2);
            var file = ReadString(elf, strings + BitConverter.ToUInt32(elf, (int)need + 4));
            var aux = need + BitConverter.ToUInt32(elf, (int)need + 8);
            for (var a = 0; a < auxCount; a++)
            {
                var version = ReadString(elf, strings + BitConverter.ToUInt32(elf, (int)aux + 8));
                var flags = BitConverter.ToUInt16(elf, (int)aux + 4);
                if (Versions.Contains(version) && (flags & VersionFlagWeak) == 0 && !SystemDefines(file, version))
                {
                    BitConverter.GetBytes((ushort)(flags | VersionFlagWeak)).CopyTo(elf, (int)aux + 4);
                    weakened.Add(version);
                }

                aux += BitConverter.ToUInt32(elf, (int)aux + 12);
            }

            need += BitConverter.ToUInt32(elf, (int)need + 12);
        }
    }

    private bool SystemDefines(string file, string version)
    {
        var marker = Encoding.ASCII.GetBytes(version + "\0");
        foreach (var folder in SystemLibraryFolders)
        {
            var candidate = Path.Combine(folder, file);
            if (File.Exists(candidate))
            {
                return Contains(File.ReadAllBytes(candidate), marker);
            }
        }

        return false;
    }

    private static bool Contains(byte[] haystack, byte[] needle)
    {
        for (var start = Array.IndexOf(haystack, needle[0]); start >= 0 && start <= haystack.Length - needle.Length;
             start = Array.IndexOf(haystack, needle[0], start + 1))
        {
            if (haystack.Skip(start).Take(needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReadString(byte[] elf, long offset)
    {
        var end = Array.IndexOf(elf, (byte)0, (int)offset);
        return Encoding.ASCII.GetString(elf, (int)offset, end - (int)offset);
    }
}
