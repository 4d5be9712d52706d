using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>The ledger that every process's output and every probe's payloads are checked against really catches a leak.</summary>
public class SecretLedgerTests
{
    [Fact]
    public void AssertNoneIn_KnownToken_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SecretLedger.AssertNoneIn([$"connecting with {FakeHomeAssistant.Token}"], "a test line"));

    [Fact]
    public void AssertNoneIn_SampleTotpSecret_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SecretLedger.AssertNoneIn(["SAMPLENOTAREALKEYSAMPLE2"], "a test line"));

    [Theory]
    [InlineData("sample-not-a-real-long-lived-token")]
    [InlineData("sample-not-a-real-long-lived-key")]
    [InlineData("sample-not-a-real-backup-key-H7T2")]
    [InlineData("garage-door-open")]
    [InlineData("doorbell-Xq7vR2mK9pLw4TzN8bYc")]
    public void AssertNoneIn_SampleTokenOrBackupKey_Throws(string secret) =>
        Assert.Throws<InvalidOperationException>(() => SecretLedger.AssertNoneIn([$"detail: {secret}"], "a test line"));

    [Fact]
    public void AssertNoneIn_RegisteredPassword_ThrowsWithoutPrintingIt()
    {
        SecretLedger.Register("ledger-test-password-91c2");

        var leak = Assert.Throws<InvalidOperationException>(() => SecretLedger.AssertNoneIn(["user ledger-test-password-91c2"], "a test line"));

        Assert.StartsWith("A secret (ledg…) leaked into a test line", leak.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alarm_code=7391")]
    [InlineData("code 7391.")]
    [InlineData("7391")]
    public void AssertNoneIn_ShortSecretAsAWord_Throws(string line) =>
        Assert.Throws<InvalidOperationException>(() => SecretLedger.AssertNoneIn([line], "a test line"));

    [Fact]
    public void AssertNoneIn_ShortSecretInsideALongerNumber_IsChanceNotALeak() =>
        SecretLedger.AssertNoneIn(["mqtt_host=127.0.0.1; mqtt_port=37391", "id 73910"], "a test line");

    [Fact]
    public void AssertNoneIn_CleanLines_Passes() =>
        SecretLedger.AssertNoneIn(["mqtt_password=***", "home_assistant=ws://127.0.0.1:8123/api/websocket (token hidden)"], "a test line");
}
