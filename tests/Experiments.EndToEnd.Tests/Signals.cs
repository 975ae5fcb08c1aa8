using System.Runtime.InteropServices;

namespace Experiments.EndToEnd.Tests;

/// <summary>Sends SIGTERM, as Slurm and a sweep do to stop a trial (it saves a checkpoint and ends killed).</summary>
internal static class Signals
{
    private const int SigTerm = 15;

    public static void Terminate(int processId)
    {
        if (Kill(processId, SigTerm) != 0)
        {
            throw new InvalidOperationException(
                $"SIGTERM to process {processId} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
