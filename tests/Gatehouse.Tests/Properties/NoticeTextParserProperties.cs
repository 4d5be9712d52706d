using System.Net;
using CsCheck;
using Gatehouse.Logins.Enrichment;
using Gatehouse.Logins.Notices;

namespace Gatehouse.Tests.Properties;

public class NoticeTextParserProperties
{
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String[0, 300],
        Gen.Char.Array[0, 5000].Select(chars => new string(chars)),
        Gen.String[0, 100].Select(s => "Login attempt or request with invalid authentication from " + s),
        Gen.String[0, 100].Select(s => "Too many login attempts from " + s));

    private static readonly Gen<IPAddress> AnyAddress = Gen.OneOf(
        Gen.Byte.Array[4].Select(bytes => new IPAddress(bytes)),
        Gen.Byte.Array[16].Select(bytes => new IPAddress(bytes)));

    private static readonly Gen<string> HostName = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-."], 1, 60];

    // No wall-clock assertion: on a loaded machine it failed without a bug. What bounds the parsers' time is in
    // the parsers themselves (every pattern has a match timeout, and a timeout reads as "not parsed").
    [Fact]
    public void Parse_AnyText_NeverThrows_AndAnyAddressIsOne() =>
        AnyText.Sample(text =>
        {
            var parsed = NoticeTextParser.Parse(text);
            Assert.True(parsed.Ip is null || IPAddress.TryParse(parsed.Ip, out _));
        }, iter: PropertySettings.Cases);

    [Fact]
    public void Parse_TodaysTextForAnyAddressAndHost_GivesTheAddressBack() =>
        Gen.Select(AnyAddress, HostName).Sample((address, host) =>
        {
            var parsed = NoticeTextParser.Parse($"Login attempt or request with invalid authentication from {host} ({address}). See the log for details.");

            Assert.Equal(NoticeTextParser.NormalizeAddress(address.ToString()), parsed.Ip);
        }, iter: PropertySettings.Cases);

    [Fact]
    public void ParseLogLine_AnyText_NeverThrows() =>
        AnyText.Sample(text => LoginLogLineParser.Parse(text), iter: PropertySettings.Cases);
}
