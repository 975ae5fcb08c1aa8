using System.Security.Cryptography;
using System.Text;

namespace Experiments.Sweeps.Running;

/// <summary>
/// A trial's identity: the SHA-256 of its resolved configuration (canonical text), shortened.
/// Two trials that resolve to the same configuration are the same trial, however they were written.
/// </summary>
public static class TrialHash
{
    public static string Of(string resolvedConfiguration) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolvedConfiguration)))[..16];
}
