namespace Experiments.Tracking.Tracker;

/// <summary>
/// The commit checked out in the git repository around a folder, read from <c>.git</c> directly
/// (HEAD, loose refs, packed-refs, worktrees), so no git executable is needed.
/// </summary>
public static class GitCommitReader
{
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var dotGit = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(dotGit))
            {
                return ReadHead(dotGit);
            }

            if (File.Exists(dotGit) && File.ReadAllText(dotGit).Trim() is var pointer
                && pointer.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return ReadHead(Path.GetFullPath(pointer["gitdir:".Length..].Trim(), current.FullName));
            }
        }

        return null;
    }

    private static string? ReadHead(string gitDirectory)
    {
        var headFile = Path.Combine(gitDirectory, "HEAD");
        if (!File.Exists(headFile))
        {
            return null;
        }

        var head = File.ReadAllText(headFile).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return IsHash(head) ? head : null;
        }

        var reference = head["ref:".Length..].Trim();
        var commonFile = Path.Combine(gitDirectory, "commondir");
        var common = File.Exists(commonFile)
            ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDirectory)
            : gitDirectory;
        foreach (var root in new[] { gitDirectory, common })
        {
            var loose = Path.Combine(root, reference);
            if (File.Exists(loose) && File.ReadAllText(loose).Trim() is var hash && IsHash(hash))
            {
                return hash;
            }
        }

        var packed = Path.Combine(common, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed)
                .Select(line => line.Split(' '))
                .FirstOrDefault(parts => parts.Length == 2 && parts[1] == reference && IsHash(parts[0]))?[0]
            : null;
    }

    private static bool IsHash(string text) => text.Length is 40 or 64 && text.All(Uri.IsHexDigit);
}
