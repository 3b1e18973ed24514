using System.Net;
using System.Net.Sockets;

namespace BriefBot.Core.Intake;

/// <summary>
/// The SSRF guard: a fetch may only connect to public addresses, unless configuration names the host
/// (<c>Shelf__AllowedHosts__0</c>). It runs where the socket is opened, on the addresses actually resolved, so
/// every redirect and every DNS answer is checked, not just the address typed.
/// </summary>
internal sealed class AddressGuard(IEnumerable<string> allowedHosts)
{
    private readonly HashSet<string> _allowed = new(allowedHosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);

    public bool IsAllowedByName(string host) => _allowed.Contains(host.Trim('[', ']').TrimEnd('.'));

    /// <summary>Resolves <paramref name="host"/> and returns the addresses it may connect to, or throws <see cref="AddressRefusedException"/>.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(bare, cancellationToken);
        if (IsAllowedByName(host))
        {
            return addresses;
        }

        var refused = addresses.FirstOrDefault(a => Describe(a) is not null);
        if (refused is not null)
        {
            throw new AddressRefusedException(
                $"BriefBot does not fetch {host}: it resolves to {refused} ({Describe(refused)}). Addresses inside a private network are refused unless Shelf__AllowedHosts__0 names the host.");
        }

        return addresses;
    }

    /// <summary>Why an address is not public (loopback, private, link-local…), or null when it is.</summary>
    public static string? Describe(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "a loopback address";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "an unspecified address",
                10 => "a private address",
                100 when b[1] is >= 64 and <= 127 => "a shared (carrier-grade NAT) address",
                169 when b[1] == 254 => "a link-local address",
                172 when b[1] is >= 16 and <= 31 => "a private address",
                192 when b[1] == 168 => "a private address",
                192 when b[1] == 0 && b[2] == 0 => "a reserved address",
                198 when b[1] is 18 or 19 => "a benchmarking address",
                >= 224 => "a multicast or reserved address",
                _ => null,
            };
        }

        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        var v6 = address.GetAddressBytes();
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local address";
        }

        if ((v6[0] & 0xFE) == 0xFC)
        {
            return "a private (unique local) address";
        }

        if (address.IsIPv6Multicast)
        {
            return "a multicast address";
        }

        // NAT64 (64:ff9b::/96) carries an IPv4 address in its last four bytes.
        if (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B)
        {
            return Describe(new IPAddress(v6[12..]));
        }

        return null;
    }
}
