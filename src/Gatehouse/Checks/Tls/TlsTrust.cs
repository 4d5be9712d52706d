using System.Security.Cryptography.X509Certificates;

namespace Gatehouse.Checks.Tls;

/// <summary>
/// Which roots the tls check trusts: the system's (the default, as a browser would), or only the given ones
/// (a private CA; the tests' own CA).
/// </summary>
internal sealed class TlsTrust
{
    public static TlsTrust System { get; } = new([]);

    public TlsTrust(IReadOnlyList<X509Certificate2> roots) => Roots = roots;

    /// <summary>Empty: the system store decides.</summary>
    public IReadOnlyList<X509Certificate2> Roots { get; }
}
