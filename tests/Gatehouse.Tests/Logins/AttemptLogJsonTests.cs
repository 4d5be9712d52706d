using Gatehouse.Logins;
using Gatehouse.Logins.Recording;

namespace Gatehouse.Tests.Logins;

/// <summary>
/// The attempt log's lines, read and written: what a line must hold to count, what a damaged or stray line is
/// (rejected: the log skips it and counts it), and that every record reads back as written.
/// </summary>
public sealed class AttemptLogJsonTests
{
    private const string Time = "\"time\":\"2026-11-28T12:00:00+00:00\"";
    private const string Key = "\"key\":\"http-login|2026-11-28T12:00:00.0000000Z|0123456789abcdef0123456789abcdef\"";

    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    // Each kind of line, as Gatehouse writes it.
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"," + Time + ",\"ip\":\"203.0.113.5\",\"host\":\"host.example\",\"kind\":\"password\",\"url\":\"/auth/login_flow\",\"user_agent\":\"curl/8\"}}",
        "attempt FailedLogin 2026-11-28T12:00:00+00:00 203.0.113.5 host.example Password /auth/login_flow curl/8 -")]
    [InlineData("{\"line\":\"details\"," + Key + ",\"attempt\":{\"type\":\"ip_banned\"," + Time + ",\"ip\":\"2001:db8::1\",\"kind\":\"unknown\",\"raw_message\":\"é\\\"x\\\" <b>\"}}",
        "details IpBanned 2026-11-28T12:00:00+00:00 2001:db8::1 - Unknown - - é\"x\" <b>")]
    [InlineData("{\"line\":\"alerted\"," + Key + "}", "alerted")]
    [InlineData("{\"line\":\"alerted\"," + Key + ",\"folded\":true}", "alerted folded")]
    [InlineData("{\"line\":\"carry\",\"total\":7}", "carry 7")]
    // What a reader may meet that Gatehouse never wrote, read as Newtonsoft's serializer always read it.
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"," + Time + ",\"kind\":\"token_refresh\"},\"added_later\":[1,{\"x\":2}]}",
        "attempt FailedLogin 2026-11-28T12:00:00+00:00 - - TokenRefresh - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"," + Time + ",\"ip\":5,\"kind\":\"API_TOKEN\"}}",
        "attempt FailedLogin 2026-11-28T12:00:00+00:00 5 - ApiToken - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":1," + Time + "}}",
        "attempt IpBanned 2026-11-28T12:00:00+00:00 - - Unknown - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"}}",
        "attempt FailedLogin 0001-01-01T00:00:00+00:00 - - Unknown - - -")]
    [InlineData("{\"line\":\"alerted\",\"key\":\"k\",\"folded\":false}", "alerted")]
    [InlineData("{\"line\":\"alerted\",\"key\":\"k\",\"folded\":1}", "alerted folded")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"kind\":\"2\"," + Time + "}}",
        "attempt FailedLogin 2026-11-28T12:00:00+00:00 - - TokenRefresh - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"time\":\"\"}}", null)]
    [InlineData("{\"line\":\"alerted\",\"key\":\"k\",\"folded\":null}", "alerted")]
    [InlineData("{\"line\":\"alerted\",\"key\":\"k\",\"attempt\":null,\"total\":null}", "alerted")]
    [InlineData("{\"line\":\"carry\",\"total\":0}", "carry 0")]
    [InlineData("{\"line\":\"carry\",\"total\":\"7\"}", "carry 7")]
    [InlineData("{\"line\":\"carry\",\"total\":1.5}", "carry 2")]
    [InlineData("{\"LINE\":\"carry\",\"Total\":1}", "carry 1")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\" FailedLogin \",\"kind\":\"password\"," + Time + "}}",
        "attempt FailedLogin 2026-11-28T12:00:00+00:00 - - Password - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"+1\",\"kind\":2," + Time + "}}",
        "attempt IpBanned 2026-11-28T12:00:00+00:00 - - TokenRefresh - - -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"TYPE\":\"ip_banned\",\"User_Agent\":\"2026-11-28T12:00:00+00:00\"," + Time + "}}",
        "attempt IpBanned 2026-11-28T12:00:00+00:00 - - Unknown - 2026-11-28T12:00:00+00:00 -")]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"time\":\"2026-11-28T07:00:00-05:00\"}}",
        "attempt FailedLogin 2026-11-28T07:00:00-05:00 - - Unknown - - -")]
    [InlineData("{\"line\":\"mystery\",\"line\":\"carry\",\"total\":1}", "carry 1")]
    [InlineData("{'line':'carry',total:1 /* a comment */}", "carry 1")]
    [InlineData(" {\"line\":\"carry\",\"total\":1}  ", "carry 1")]
    // Rejected: each is a damaged or stray line.
    [InlineData("", null)]
    [InlineData("null", null)]
    [InlineData("5", null)]
    [InlineData("[]", null)]
    [InlineData("\"attempt\"", null)]
    [InlineData("{}", null)]
    [InlineData("{\"line\":\"attempt\",\"key\":", null)]
    [InlineData("not json at all", null)]
    [InlineData("{\"line\":\"mystery\"}", null)]
    [InlineData("{\"line\":null," + Key + "}", null)]
    [InlineData("{\"line\":5," + Key + "}", null)]
    [InlineData("{\"line\":[\"alerted\"]," + Key + "}", null)]
    [InlineData("{\"line\":\"Alerted\"," + Key + "}", null)]
    [InlineData("{\"line\":\"alerted\"}", null)]
    [InlineData("{\"line\":\"alerted\",\"key\":null}", null)]
    [InlineData("{\"line\":\"alerted\",\"key\":{}}", null)]
    [InlineData("{\"line\":\"alerted\"," + Key + ",\"folded\":\"yes\"}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + "}", null)]
    [InlineData("{\"line\":\"details\"," + Key + ",\"attempt\":null}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":[]}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":\"x\"}", null)]
    [InlineData("{\"line\":\"attempt\",\"attempt\":{\"type\":\"failed_login\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"password_guess\"," + Time + "}}", null)]
    // A number or a list of names the enum does not define: the line could not be written again.
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":99," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":-1," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"kind\":\"7\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"kind\":\"password, api_token\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"kind\":\"magic\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"time\":\"yesterday\"}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"time\":5}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"," + Time + ",\"ip\":{}}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\"," + Time + ",\"host\":[\"a\"]}}", null)]
    [InlineData("{\"line\":\"carry\"}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":null}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":1.0," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login,\"," + Time + "}}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":{}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":\"failed_login\",\"time\":null}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":null," + Time + "}}", null)]
    [InlineData("{\"line\":\"attempt\"," + Key + ",\"attempt\":{\"type\":true," + Time + "}}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":-1}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":\"many\"}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":99999999999999999999}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":1} trailing", null)]
    [InlineData("{\"line\":\"carry\",\"total\":1}{}", null)]
    [InlineData("{\"line\":\"carry\",\"total\":1,\"deep\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]}", null)]
    public void Read_EachLine_AsTheLogHasAlwaysReadIt(string line, string? read)
    {
        Assert.Equal(read, Describe(AttemptLogJson.Read(line)));
    }

    [Fact]
    public void Write_EveryKindOfLine_ReadsBackTheSame()
    {
        var attempt = new LoginAttempt(LoginEventType.IpBanned, Noon.ToOffset(TimeSpan.FromHours(-5)), "2001:db8::1", "h\u0000st", LoginAttemptKind.TokenRefresh, "/auth/token?x=\"1\"", "ua\n\u2028", "raw </script> \ud83d\ude00");
        AttemptRecord[] records =
        [
            AttemptRecord.ForAttempt("k|1", attempt),
            AttemptRecord.ForDetails("k|1", attempt with { Host = null, Url = null, UserAgent = null, RawMessage = null }),
            AttemptRecord.ForAlerted("k|1", folded: false),
            AttemptRecord.ForAlerted("k|1", folded: true),
            AttemptRecord.ForCarry(long.MaxValue),
        ];

        foreach (var record in records)
        {
            var line = AttemptLogJson.Write(record);
            Assert.DoesNotContain('\n', line);
            var read = AttemptLogJson.Read(line);
            Assert.Equal(record, read);
            Assert.Equal(record.Attempt?.Time.Offset, read!.Attempt?.Time.Offset);
        }
    }

    [Fact]
    public void Write_AsTheReleaseBeforeWroteIt()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Noon, "203.0.113.5", "host.example", LoginAttemptKind.Password, "/auth/login_flow", "curl/8", null);

        Assert.Equal(
            "{\"line\":\"attempt\",\"key\":\"k\",\"attempt\":{\"type\":\"failed_login\",\"time\":\"2026-11-28T12:00:00+00:00\",\"ip\":\"203.0.113.5\",\"host\":\"host.example\",\"kind\":\"password\",\"url\":\"/auth/login_flow\",\"user_agent\":\"curl/8\"}}",
            AttemptLogJson.Write(AttemptRecord.ForAttempt("k", attempt)));
        Assert.Equal("{\"line\":\"alerted\",\"key\":\"k\"}", AttemptLogJson.Write(AttemptRecord.ForAlerted("k", folded: false)));
        Assert.Equal("{\"line\":\"alerted\",\"key\":\"k\",\"folded\":true}", AttemptLogJson.Write(AttemptRecord.ForAlerted("k", folded: true)));
        Assert.Equal("{\"line\":\"carry\",\"total\":7}", AttemptLogJson.Write(AttemptRecord.ForCarry(7)));
    }

    private static string? Describe(AttemptRecord? record) => record switch
    {
        null => null,
        { Line: AttemptRecord.CarryLine } => $"carry {record.Total}",
        { Line: AttemptRecord.AlertedLine } => record.Folded == true ? "alerted folded" : "alerted",
        { Attempt: { } a } => string.Join(' ', record.Line, a.Type, a.Time.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), a.Ip ?? "-", a.Host ?? "-", a.Kind, a.Url ?? "-", a.UserAgent ?? "-", a.RawMessage ?? "-"),
        _ => "?",
    };
}
