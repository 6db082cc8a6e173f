using System.Security.Cryptography;
using System.Text;

namespace Portrea.Core.Comptes;

/// <summary>Random secrets for links and tokens, and the SHA-256 fingerprint that is the only thing stored.</summary>
public static class SecretUsageUnique
{
    public static string Generer() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Empreinte(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();

    private static string Base64Url(byte[] octets) =>
        Convert.ToBase64String(octets).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
