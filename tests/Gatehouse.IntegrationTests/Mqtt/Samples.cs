using Gatehouse.Checks;
using Gatehouse.Logins;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The checks, attempts and reports the MQTT tests publish.</summary>
internal static class Samples
{
    public const string Prefix = "homeassistant";
    public const string AllConfigs = Prefix + "/+/gatehouse/+/config";

    public static readonly DateTimeOffset Time = new(2026, 11, 28, 1, 2, 3, TimeSpan.Zero);

    public static TestCheck[] Checks() => [new("mfa", "Multi-factor authentication"), new("ip_ban", "IP ban")];

    /// <summary>Login and security change events, seven sensors, the button, and one binary sensor per check.</summary>
    public static int ExpectedConfigCount => 10 + Checks().Length;

    public static LoginAttempt Attempt(LoginEventType type = LoginEventType.FailedLogin) =>
        new(type, Time, "203.0.113.7", "scanner.example.net", LoginAttemptKind.Password, "/auth/login_flow", "curl/8", "Login attempt or request with invalid authentication from 203.0.113.7");

    public static LoginFigures Figures(int last24Hours = 3) =>
        new(last24Hours, 41, Attempt(), ["203.0.113.7", "198.51.100.2"]);

    public static CheckReport Report() => new(72, Time, [
        new CheckResult("mfa", "Multi-factor authentication", CheckStatus.Fail, "1 of 2 users has no second factor",
            ["user anna"], "Open your profile > Security and enable an authenticator app.")
        {
            Findings = [new Finding("mfa:user:anna-id", CheckStatus.Fail, "anna logs in with a password only", "Enable an authenticator app.")],
        },
        new CheckResult("ip_ban", "IP ban", CheckStatus.Unavailable, "Cannot read configuration.yaml",
            [], "Give the add-on read access to the HA config folder."),
    ]);

    /// <summary>Whether every Gatehouse config arrived: <paramref name="retained"/> true or false asks for that kind only, null for either.</summary>
    public static bool HasAllConfigs(IReadOnlyList<ReceivedMessage> messages, bool? retained = null) =>
        messages.Where(m => m.Topic.EndsWith("/config", StringComparison.Ordinal) && m.Topic.Contains("/gatehouse/", StringComparison.Ordinal)
                && m.Payload.Length > 0 && (retained is null || m.Retained == retained))
            .Select(m => m.Topic).Distinct().Count() >= ExpectedConfigCount;

    /// <summary>Parses JSON as HA does: strings stay strings (Newtonsoft would turn ISO timestamps into dates).</summary>
    public static JObject Json(string payload) =>
        JsonConvert.DeserializeObject<JObject>(payload, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
}
