using Experiments.Testing;
using Experiments.Tracking.Tracker;

namespace Experiments.Tracking.Tests.Tracker;

public sealed class GitCommitReaderTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Reads_a_branch_from_a_loose_ref_in_a_sub_folder_of_the_checkout()
    {
        using var folder = new TemporaryFolder();
        Write(folder, ".git/HEAD", "ref: refs/heads/main\n");
        Write(folder, ".git/refs/heads/main", Commit + "\n");
        Directory.CreateDirectory(folder.File("src/deep"));

        Assert.Equal(Commit, GitCommitReader.Find(folder.File("src/deep")));
    }

    [Fact]
    public void Reads_a_worktree_whose_branch_is_in_packed_refs_of_the_main_repository()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "main/.git/packed-refs", $"# pack-refs with: peeled\n{Commit} refs/heads/feature\n");
        Write(folder, "main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature\n");
        Write(folder, "main/.git/worktrees/wt/commondir", "../..\n");
        Write(folder, "wt/.git", $"gitdir: {folder.File("main/.git/worktrees/wt")}\n");

        Assert.Equal(Commit, GitCommitReader.Find(folder.File("wt")));
    }

    [Fact]
    public void Reads_a_detached_head_and_gives_null_outside_a_checkout()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "repo/.git/HEAD", Commit + "\n");
        Directory.CreateDirectory(folder.File("elsewhere"));

        Assert.Equal(Commit, GitCommitReader.Find(folder.File("repo")));
        Assert.Null(GitCommitReader.Find(folder.File("elsewhere")));
    }

    private static void Write(TemporaryFolder folder, string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder.File(relative))!);
        File.WriteAllText(folder.File(relative), text);
    }
}
